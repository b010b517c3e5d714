package rectify.archive;

import java.util.Locale;

/** The formats an archive is written in: the same pages, laid out once. */
public enum ArchiveFormat {
    /** PDF/A (ISO 19005), in the part the options give: the default. */
    PDF("pdf"),
    /** OFD (GB/T 33190-2016), the fixed-layout format of Chinese archives and e-government systems. */
    OFD("ofd");

    private final String code;

    ArchiveFormat(String code) {
        this.code = code;
    }

    /** @return what users type, {@code pdf} or {@code ofd} */
    public String code() {
        return code;
    }

    /** @return the file name extension with its dot, {@code .pdf} or {@code .ofd} */
    public String extension() {
        return "." + code;
    }

    /**
     * @param code {@code pdf} or {@code ofd}, in any case
     * @return the format, or {@code null} when the code names none
     */
    public static ArchiveFormat ofCode(String code) {
        String key = code.strip().toLowerCase(Locale.ROOT);
        for (ArchiveFormat value : values()) {
            if (value.code.equals(key)) {
                return value;
            }
        }
        return null;
    }
}
