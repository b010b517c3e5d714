package rectify.importer.internal.read;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;

/**
 * The labels Word's automatic numbering shows, counted the way Word counts them: one counter per
 * level of each list (a list definition, or a list instance that restarts it), a level's
 * counter starting again after a paragraph of a higher level, the level text ({@code %1.},
 * {@code （%1）}) filled with each level's number in its format. Bullets have no label.
 */
final class WordNumbering {

    private static final int LEVELS = 9;

    private final XWPFNumbering numbering;
    private final Map<String, Integer[]> counters = new HashMap<>();

    WordNumbering(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    /**
     * Counts a numbered paragraph.
     *
     * @param properties the paragraph's numbering properties, or {@code null}
     * @return the label it shows, or {@code null} when it shows none
     */
    String next(CTNumPr properties) {
        if (numbering == null || properties == null || properties.getNumId() == null) {
            return null;
        }
        BigInteger numId = properties.getNumId().getVal();
        XWPFNum num = numId == null || numId.signum() == 0 ? null : numbering.getNum(numId);
        CTNum list = num == null ? null : num.getCTNum();
        if (list == null || list.getAbstractNumId() == null) {
            return null;
        }
        int level = properties.getIlvl() == null ? 0 : properties.getIlvl().getVal().intValue();
        CTLvl[] levels = levels(list);
        if (level < 0 || level >= LEVELS || levels[level] == null) {
            return null;
        }
        Integer[] count = counters.computeIfAbsent(counterKey(list, numId), key -> new Integer[LEVELS]);
        count[level] = count[level] == null ? start(list, levels, level) : count[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = null;
        }
        String format = format(levels[level]);
        if ("bullet".equals(format) || "none".equals(format) || levels[level].getLvlText() == null) { //$NON-NLS-1$ //$NON-NLS-2$
            return null;
        }
        return text(levels[level].getLvlText().getVal(), levels, count, list);
    }

    /** The level definitions of a list: the abstract definition's, with the instance's overrides. */
    private CTLvl[] levels(CTNum list) {
        CTLvl[] levels = new CTLvl[LEVELS];
        XWPFAbstractNum definition = numbering.getAbstractNum(list.getAbstractNumId().getVal());
        if (definition != null && definition.getCTAbstractNum() != null) {
            for (CTLvl lvl : definition.getCTAbstractNum().getLvlArray()) {
                put(levels, lvl);
            }
        }
        for (CTNumLvl override : list.getLvlOverrideArray()) {
            if (override.getLvl() != null) {
                put(levels, override.getLvl());
            }
        }
        return levels;
    }

    private static void put(CTLvl[] levels, CTLvl lvl) {
        int index = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
        if (index >= 0 && index < LEVELS) {
            levels[index] = lvl;
        }
    }

    /** A list instance that restarts its definition counts on its own; others share the definition's counters. */
    private static String counterKey(CTNum list, BigInteger numId) {
        for (CTNumLvl override : list.getLvlOverrideArray()) {
            if (override.getStartOverride() != null) {
                return "num:" + numId; //$NON-NLS-1$
            }
        }
        return "abstract:" + list.getAbstractNumId().getVal(); //$NON-NLS-1$
    }

    private static int start(CTNum list, CTLvl[] levels, int level) {
        for (CTNumLvl override : list.getLvlOverrideArray()) {
            if (override.getIlvl() != null && override.getIlvl().intValue() == level
                    && override.getStartOverride() != null) {
                return override.getStartOverride().getVal().intValue();
            }
        }
        CTLvl lvl = levels[level];
        return lvl != null && lvl.getStart() != null ? lvl.getStart().getVal().intValue() : 1;
    }

    private static String text(String pattern, CTLvl[] levels, Integer[] count, CTNum list) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length() && pattern.charAt(i + 1) >= '1' && pattern.charAt(i + 1) <= '9') {
                int level = pattern.charAt(++i) - '1';
                int value = count[level] != null ? count[level] : start(list, levels, level);
                out.append(NumberFormats.format(value, levels[level] == null ? null : format(levels[level])));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String format(CTLvl lvl) {
        return lvl.getNumFmt() == null || lvl.getNumFmt().getVal() == null ? "decimal" //$NON-NLS-1$
                : lvl.getNumFmt().getVal().toString();
    }
}
