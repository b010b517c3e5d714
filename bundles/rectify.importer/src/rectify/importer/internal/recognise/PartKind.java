package rectify.importer.internal.recognise;

import java.util.List;

/**
 * What a part of the document holds, told by the words of its heading: 存在的主要问题 and
 * 查摆出的问题 (problems), 问题原因剖析 and 产生问题的原因 (causes), 努力方向及整改措施 and
 * 整改措施 (directions and measures). Causes are asked first, as their headings name problems too.
 */
enum PartKind {
    /** Aspects with their problems. */
    PROBLEMS,
    /** The causes. */
    CAUSES,
    /** Directions with their measures. */
    DIRECTIONS,
    /** Anything else; its paragraphs are kept as notes. */
    OTHER;

    private static final List<String> CAUSE_WORDS = List.of("原因", "根源", "剖析"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final List<String> DIRECTION_WORDS = List.of("措施", "方向", "打算", "举措", "下一步", "努力"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    private static final List<String> PROBLEM_WORDS = List.of("问题", "不足", "差距", "查摆", "反馈意见", "落实情况", "整改情况", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "整改进展"); //$NON-NLS-1$
    private static final List<String> NEXT_STEPS = List.of("下一步", "打算", "今后"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final List<String> WORK_DONE = List.of("开展情况", "工作情况", "主要做法", "工作开展", "总体情况", "基本情况"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    /** Headings that are a part's heading even without a number, once the punctuation around them is gone. */
    private static final List<String> USUAL = List.of("存在的主要问题", "存在的问题", "查摆出的问题", "查摆的问题", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "主要问题", "问题原因剖析", "产生问题的原因", "原因剖析", "原因分析", "问题产生的原因", "努力方向及整改措施", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "努力方向和整改措施", "整改措施", "整改方向", "下一步整改措施", "下一步工作打算"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    static PartKind of(String heading) {
        if (containsAny(heading, CAUSE_WORDS)) {
            return CAUSES;
        }
        if (containsAny(heading, DIRECTION_WORDS)) {
            return DIRECTIONS;
        }
        return containsAny(heading, PROBLEM_WORDS) ? PROBLEMS : OTHER;
    }

    /** @return whether a heading announces the next steps (下一步工作打算), which a progress report adds after its findings */
    static boolean isNextSteps(String heading) {
        return containsAny(heading, NEXT_STEPS) && !heading.contains("措施") && !heading.contains("方向"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return whether a heading announces the account of the work done (整改工作开展情况) */
    static boolean isWorkDone(String heading) {
        return containsAny(heading, WORK_DONE);
    }

    /** @return whether {@code text} is one of the usual headings, as a line of its own */
    static boolean isUsualHeading(String text) {
        return USUAL.contains(text.replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s]", "")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static boolean containsAny(String text, List<String> words) {
        return words.stream().anyMatch(text::contains);
    }
}
