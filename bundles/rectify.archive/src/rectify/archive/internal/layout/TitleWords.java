package rectify.archive.internal.layout;

import java.util.List;

/**
 * Where a title may not break: inside the words of these documents' titles (GB/T 9704: a title
 * breaks where its sense stays whole), and between a number and the 年, 月 or 日 it counts.
 */
final class TitleWords {

    /** Words that stay on one line of a title. */
    private static final List<String> WORDS = List.of("中国共产党", "民主生活会", "组织生活会", "对照检查材料", "对照检查",
            "检视剖析材料", "党员领导干部", "领导干部", "领导班子", "班子成员", "整改方案", "整改情况", "整改落实", "情况报告",
            "巡视", "巡察", "督查", "反馈意见", "专题", "年度", "上半年", "下半年", "会议", "材料", "报告", "通知", "意见",
            "方案", "党委", "党组", "支部", "委员会", "安全生产", "检查");
    private static final String COUNTED = "年月日";

    private TitleWords() {
    }

    /**
     * @param codePoints the characters of a title
     * @param size how many of them there are
     * @return for each index, whether a break before it would split a word
     */
    static boolean[] inside(int[] codePoints, int size) {
        boolean[] inside = new boolean[size + 1];
        for (String word : WORDS) {
            int[] w = word.codePoints().toArray();
            for (int start = 0; start + w.length <= size; start++) {
                if (matches(codePoints, start, w)) {
                    for (int i = start + 1; i < start + w.length; i++) {
                        inside[i] = true;
                    }
                }
            }
        }
        for (int i = 1; i < size; i++) {
            if (Character.isDigit(codePoints[i - 1]) && COUNTED.indexOf(codePoints[i]) >= 0) {
                inside[i] = true;
            }
        }
        return inside;
    }

    private static boolean matches(int[] codePoints, int start, int[] word) {
        for (int i = 0; i < word.length; i++) {
            if (codePoints[start + i] != word[i]) {
                return false;
            }
        }
        return true;
    }
}
