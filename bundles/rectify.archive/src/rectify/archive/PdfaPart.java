package rectify.archive;

import java.util.Locale;

/** The parts of PDF/A an archive can conform to, both at conformance level B (visual appearance). */
public enum PdfaPart {
    /** PDF/A-2b (ISO 19005-2): the default; no embedded files. */
    PDFA_2B("2b", 2),
    /**
     * PDF/A-3b (ISO 19005-3): like 2b, with the record's own model data embedded as an associated
     * file, so that the archive can be read back into Rectify.
     */
    PDFA_3B("3b", 3);

    private final String code;
    private final int part;

    PdfaPart(String code, int part) {
        this.code = code;
        this.part = part;
    }

    /** @return the short code users type, {@code 2b} or {@code 3b} */
    public String code() {
        return code;
    }

    /** @return the part number of ISO 19005, 2 or 3 */
    public int part() {
        return part;
    }

    /**
     * @param code {@code 2b} or {@code 3b}, in any case, optionally with a leading {@code a} or {@code pdf/a-}
     * @return the part, or {@code null} when the code names none
     */
    public static PdfaPart ofCode(String code) {
        String key = code.strip().toLowerCase(Locale.ROOT).replaceFirst("^(pdf/?a-?|a-?)", "");
        for (PdfaPart value : values()) {
            if (value.code.equals(key)) {
                return value;
            }
        }
        return null;
    }
}
