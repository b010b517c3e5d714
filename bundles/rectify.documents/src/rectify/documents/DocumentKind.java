package rectify.documents;

import java.util.Locale;

import rectify.documents.internal.Messages;

/** The documents generated from a record, each from its own template. */
public enum DocumentKind {
    /** The self-examination material (对照检查材料) itself. */
    MATERIAL("material", Messages.kindMaterial),
    /** The rectification plan (整改方案): directions and measures with leaders, units, deadlines, and the task table. */
    PLAN("plan", Messages.kindPlan),
    /** The report on how rectification went (整改落实情况报告): statistics, progress, open items, next steps. */
    REPORT("report", Messages.kindReport),
    /** The problem, task and responsibility lists (三张清单) as tables. */
    LISTS("lists", Messages.kindLists),
    /** The report on the meeting to the superior organ (会议情况报告). */
    MEETING("meeting", Messages.kindMeeting);

    private final String code;
    private final String label;

    DocumentKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** @return what users type, e.g. {@code plan}; also the name of the shipped template, {@code plan.docx} */
    public String code() {
        return code;
    }

    /** @return the document's name in the user's language, e.g. 整改方案 */
    public String label() {
        return label;
    }

    /**
     * @param code a code such as {@code plan}, in any case
     * @return the kind, or {@code null} when the code names none
     */
    public static DocumentKind ofCode(String code) {
        String key = code.strip().toLowerCase(Locale.ROOT);
        for (DocumentKind kind : values()) {
            if (kind.code.equals(key)) {
                return kind;
            }
        }
        return null;
    }
}
