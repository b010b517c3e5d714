package rectify.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import rectify.archive.internal.fonts.FontSet;
import rectify.archive.internal.layout.Align;
import rectify.archive.internal.layout.Flow;
import rectify.archive.internal.layout.LineBreaker;
import rectify.archive.internal.layout.LineBreaker.Line;
import rectify.archive.internal.layout.PageFrame;
import rectify.archive.internal.layout.Span;
import rectify.archive.internal.layout.Style;

/** Chinese line breaking and justification on the 28-character grid, with the installed fonts. */
class LineBreakingTest {

    private static final String HAN = "整改通归档文件版式";
    private static FontSet fonts;
    private static LineBreaker breaker;

    @BeforeAll
    static void fonts() throws ArchiveException {
        fonts = FontSet.resolve(ArchiveOptions.defaults());
        breaker = new LineBreaker(fonts);
    }

    @AfterAll
    static void close() {
        fonts.close();
    }

    private static String han(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(HAN.charAt(i % HAN.length()));
        }
        return text.toString();
    }

    private static List<Line> body(String text, float indent) {
        return breaker.lines(Span.of(text, Style.BODY), PageFrame.WIDTH, indent, Align.JUSTIFY);
    }

    @Test
    void twentyEightCharactersFillALineAndAParagraphIndentsTwo() {
        List<Line> lines = body(han(26 + 28 + 5), Flow.INDENT);

        assertEquals(List.of(26, 28, 5), lines.stream().map(l -> l.text().length()).toList());
        assertEquals(PageFrame.WIDTH - Flow.INDENT, lines.get(0).width(), 0.01);
        assertEquals(PageFrame.WIDTH, lines.get(1).width(), 0.01);
        assertEquals(Flow.INDENT, lines.get(0).x(), 0.01);
    }

    @Test
    void closingPunctuationTakesThePreviousCharacterToTheNextLine() {
        List<Line> lines = body(han(28) + "。”" + han(10), 0);

        assertEquals(27, lines.get(0).text().length());
        assertTrue(lines.get(1).text().startsWith(HAN.charAt(27 % HAN.length()) + "。”"), lines.get(1).text());
        assertEquals(PageFrame.WIDTH, lines.get(0).width(), 0.01, "the shorter line is justified");
    }

    @Test
    void openingPunctuationNeverEndsALine() {
        List<Line> lines = body(han(27) + "《" + han(10) + "》", 0);

        assertEquals(27, lines.get(0).text().length());
        assertTrue(lines.get(1).text().startsWith("《"), lines.get(1).text());
    }

    @Test
    void numbersAndLatinWordsStayWholeAndDashesStayPaired() {
        List<Line> numbers = body(han(27) + "2021年度", 0);
        assertTrue(numbers.get(1).text().startsWith("2021"), numbers.get(1).text());

        List<Line> dashes = body(han(27) + "——" + han(3), 0);
        assertTrue(dashes.get(1).text().startsWith("——"), dashes.get(1).text());
    }

    @Test
    void aBalancedTitleHasLinesOfAboutEqualLength() {
        List<Line> lines = breaker.balanced(Span.of(han(22), Style.TITLE), PageFrame.WIDTH);

        assertEquals(List.of(11, 11), lines.stream().map(l -> l.text().length()).toList());
        assertEquals((PageFrame.WIDTH - lines.get(0).width()) / 2, lines.get(0).x(), 0.01, "centred");
    }

    @Test
    void aTitleBreaksBetweenWordsNotInsideThem() {
        List<Line> lines = breaker.balanced(Span.of("2021年度党员领导干部民主生活会对照检查材料", Style.TITLE), PageFrame.WIDTH);

        assertEquals(List.of("2021年度党员领导干部", "民主生活会对照检查材料"), lines.stream().map(Line::text).toList());
    }

    @Test
    void aTitleOfOneLongWordStillBreaksToFit() {
        List<Line> lines = breaker.balanced(Span.of("民主生活会".repeat(6), Style.TITLE), PageFrame.WIDTH);

        assertEquals("民主生活会".repeat(6), lines.stream().map(Line::text).reduce("", String::concat), "nothing lost");
        assertTrue(lines.stream().allMatch(line -> line.width() <= PageFrame.WIDTH + 0.01), "every line fits");
        assertEquals(2, lines.size());
    }
}
