package rectify.importer.internal.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import rectify.model.numbering.ChineseNumerals;

/** The reader's rules one by one: labels, sentences, example leads, part headings. */
class RecognitionRulesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "一、存在的主要问题|1|一、|1",
            "十二．其他|1|十二．|12",
            "第三部分 整改措施|1|第三部分|3",
            "（一）对带头|2|（一）|1",
            "(二)对带头|2|(二)|2",
            "（ 三 ）、对带头|2|（ 三 ）、|3",
            "㈣对带头|2|㈣|4",
            "1.从思想深处|3|1.|1",
            "12、以“闯”的精神|3|12、|12",
            "３．监管指导|3|３．|3",
            "4）调研|3|4）|4",
            "（1）具体表现|4|（1）|1",
            "②其次|4|②|2",
            "⑶再次|4|⑶|3" })
    void labelsInEveryWidthAndForm(String text, int rank, String label, int number) {
        assertEquals(new Label(rank, label, number), Label.parse(text));
    }

    @Test
    void notLabels() {
        for (String text : List.of("2021年度民主生活会", "2.5亿元的投入", "一是要加强学习", "（示例）", "十一五规划", "")) {
            assertNull(Label.parse(text), text);
        }
    }

    @Test
    void theHeadlineIsTheFirstSentenceOutsideQuotationMarks() {
        assertEquals("从思想深处领悟理论精髓不够。", first("从思想深处领悟理论精髓不够。在学习上……"));
        assertEquals("“四风”整改不彻底。", first("“四风”整改不彻底。抓“四风”问题时紧时松。"));
        assertEquals("习近平同志指出，“只有这样。”这很重要！", first("习近平同志指出，“只有这样。”这很重要！班子认识不深。"));
        assertEquals("没有句号的标题", first("没有句号的标题"));
        assertEquals("引号没有关上“比如这样。", first("引号没有关上“比如这样。后面还有。"), "an open quotation mark does not swallow the text");
    }

    private static String first(String text) {
        return text.substring(0, Sentences.firstEnd(text));
    }

    @Test
    void examplesStartAtTheirLeads() {
        ExampleLeads.Split split = ExampleLeads.split("往往当作任务来完成，比如，帮扶村建设不够。还比如：去年风雹灾害。");
        assertEquals("往往当作任务来完成，", split.explanation());
        assertEquals(List.of(new ExampleLeads.Example("比如，", "帮扶村建设不够。"), new ExampleLeads.Example("还比如：", "去年风雹灾害。")),
                split.examples());
        assertEquals("比如", ExampleLeads.split("力度较小，比如在基层建设上不够。").examples().get(0).lead());
        assertEquals("另外，", ExampleLeads.split("上升XX%。另外，协调不充分。").examples().get(0).lead());
        assertEquals(List.of(), ExampleLeads.split("另外两个单位也是如此，例证不多。").examples(),
                "另外 within a sentence leads nothing");
    }

    @Test
    void partKindsByTheirWords() {
        assertEquals(PartKind.PROBLEMS, PartKind.of("存在的主要问题"));
        assertEquals(PartKind.PROBLEMS, PartKind.of("巡察反馈问题的整改落实情况"));
        assertEquals(PartKind.CAUSES, PartKind.of("问题原因剖析"));
        assertEquals(PartKind.CAUSES, PartKind.of("产生问题的根源"));
        assertEquals(PartKind.DIRECTIONS, PartKind.of("努力方向及整改措施"));
        assertEquals(PartKind.DIRECTIONS, PartKind.of("下一步工作打算"));
        assertEquals(PartKind.OTHER, PartKind.of("会议议程安排"));
        assertEquals(true, PartKind.isUsualHeading("整改措施："));
        assertEquals(false, PartKind.isUsualHeading("整改措施要落实到位"));
    }

    @Test
    void chineseNumerals() {
        for (int n = 1; n < 100; n++) {
            assertEquals(n, ChineseNumerals.parse(ChineseNumerals.format(n)), ChineseNumerals.format(n));
        }
        assertEquals(List.of("一", "十", "十一", "二十", "九十九"),
                List.of(ChineseNumerals.format(1), ChineseNumerals.format(10),
                        ChineseNumerals.format(11), ChineseNumerals.format(20), ChineseNumerals.format(99)));
        assertEquals(-1, ChineseNumerals.parse("十十"));
        assertEquals(-1, ChineseNumerals.parse("百"));
    }
}
