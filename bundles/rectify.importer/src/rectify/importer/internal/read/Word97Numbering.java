package rectify.importer.internal.read;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;

/**
 * The labels the automatic numbering of a Word 97-2003 document shows, counted as
 * {@link WordNumbering} counts those of .docx documents: a counter per level of each list, a
 * level's counter starting again after a paragraph of a higher level, the level text filled with
 * each level's number in its format. Bullets have no label.
 */
final class Word97Numbering {

    private static final int LEVELS = 9;
    private static final int BULLET = 0x17;
    private static final int NONE = 0xFF;
    /** The names of Word's number formats (MS-DOC's MSONFC codes) that {@link NumberFormats} writes. */
    private static final Map<Integer, String> FORMATS = Map.ofEntries(Map.entry(0, "decimal"), //$NON-NLS-1$
            Map.entry(1, "upperRoman"), Map.entry(2, "lowerRoman"), Map.entry(3, "upperLetter"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Map.entry(4, "lowerLetter"), Map.entry(10, "ideographDigital"), Map.entry(11, "japaneseCounting"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Map.entry(14, "decimalFullWidth"), Map.entry(18, "decimalEnclosedCircle"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry(19, "decimalFullWidth2"), Map.entry(22, "decimalZero"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry(26, "decimalEnclosedFullstop"), Map.entry(27, "decimalEnclosedParen"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry(28, "decimalEnclosedCircleChinese"), Map.entry(29, "ideographEnclosedCircle"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry(30, "ideographTraditional"), Map.entry(31, "ideographZodiac"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry(33, "taiwaneseCounting"), Map.entry(34, "ideographLegalTraditional"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry(35, "taiwaneseCountingThousand"), Map.entry(36, "taiwaneseDigital"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry(37, "chineseCounting"), Map.entry(38, "chineseLegalSimplified"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry(39, "chineseCountingThousand")); //$NON-NLS-1$

    private final Map<Integer, Integer[]> counters = new HashMap<>();

    /**
     * Counts a paragraph.
     *
     * @return the label it shows, or {@code null} when it is in no list or shows none
     */
    String next(Paragraph paragraph) {
        HWPFList list;
        try {
            list = paragraph.isInList() ? paragraph.getList() : null;
        } catch (RuntimeException e) {
            return null; // a list reference that leads nowhere: no label
        }
        int level = paragraph.getIlvl();
        if (list == null || level < 0 || level >= LEVELS) {
            return null;
        }
        Integer[] count = counters.computeIfAbsent(list.getLsid(), key -> new Integer[LEVELS]);
        count[level] = count[level] == null ? list.getStartAt((char) level) : count[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = null;
        }
        int format = list.getNumberFormat((char) level);
        String pattern = list.getNumberText((char) level);
        if (format == BULLET || format == NONE || pattern == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c < LEVELS) {
                int value = count[c] != null ? count[c] : list.getStartAt(c);
                out.append(NumberFormats.format(value, FORMATS.getOrDefault(list.getNumberFormat(c), "decimal"))); //$NON-NLS-1$
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
