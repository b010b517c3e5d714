package rectify.validation;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** English and Chinese texts of every rule. */
class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            properties.load(in); // ISO-8859-1 with \\u escapes, as Eclipse NLS would read them
        }
        return properties;
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void everyRuleHasAnEnglishAndAChineseMessageAndTitle(Rule rule) throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh.properties");
        for (String key : List.of(rule.messageKey(), rule.messageKey() + "Title")) {
            String en = english.getProperty(key);
            String zh = chinese.getProperty(key);
            assertAll(key,
                    () -> assertNotNull(en, "English " + key),
                    () -> assertNotNull(zh, "Chinese " + key),
                    () -> assertFalse(hasHan(en), "English is not Chinese: " + en),
                    () -> assertTrue(hasHan(zh), "Chinese is Chinese: " + zh));
        }
        assertTrue(chinese.getProperty(rule.messageKey()).startsWith("{0}"), "the element comes first");
        assertTrue(english.getProperty(rule.messageKey()).startsWith("{0}"), "the element comes first");
        assertEquals(english.getProperty(rule.messageKey() + "Title"), rule.title(Locale.ENGLISH));
        assertEquals(chinese.getProperty(rule.messageKey() + "Title"), rule.title(Locale.CHINA));
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh.properties");

        assertEquals(english.stringPropertyNames().stream().sorted().toList(),
                chinese.stringPropertyNames().stream().sorted().toList());
    }

    @Test
    void thePlatformTextsAreLoaded() throws IOException {
        Texts platform = Texts.of(null);
        for (String key : load("messages.properties").stringPropertyNames()) {
            assertNotEquals(key, platform.get(key));
        }
    }

    @Test
    void valuesAreBoundLiterally() {
        assertEquals("Problem 2 isn't {9} {x} 'quoted' {", Texts.bind("{0} isn't {9} {x} 'quoted' {", "Problem 2"));
        assertEquals("a-b-a", Texts.bind("{0}-{1}-{0}", "a", "b"));
    }

    @Test
    void chineseMessageNamesTheElementInChinese() {
        Fixture fixture = new Fixture();
        fixture.problem2.getCauses().clear();

        List<Diagnostic> diagnostics = Fixture.of(Rule.PROBLEM_HAS_CAUSE, fixture.validate(Locale.SIMPLIFIED_CHINESE));

        assertEquals(List.of("问题 1.2「从政治高度观察思考问题不够。」没有关联原因。"),
                diagnostics.stream().map(Diagnostic::getMessage).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rectify.validation.RuleTest#failing")
    void everyFailingCaseHasAChineseMessage(RuleTest.Failing failing) {
        Fixture english = new Fixture();
        failing.breaks().accept(english);
        Fixture chinese = new Fixture();
        failing.breaks().accept(chinese);

        String en = Fixture.of(failing.rule(), english.validate(Locale.ENGLISH)).get(0).getMessage();
        String zh = Fixture.of(failing.rule(), chinese.validate(Locale.CHINESE)).get(0).getMessage();

        assertNotEquals(en, zh);
        assertTrue(Stream.of("问题", "原因", "整改措施", "对照检查材料", "查摆方面", "意见建议", "会议").anyMatch(zh::startsWith), zh);
        assertTrue(zh.endsWith("。"), zh);
    }

    @Test
    void longTextsAreCutShort() {
        Fixture fixture = new Fixture();
        String headline = "对" + "很长的标题".repeat(20) + "。";
        fixture.problem2.setHeadline(headline);
        fixture.problem2.getCauses().clear();

        String message = Fixture.of(Rule.PROBLEM_HAS_CAUSE, fixture.validate()).get(0).getMessage();

        assertEquals("Problem 1.2 \u201c" + headline.substring(0, Labels.MAXIMUM_QUOTE) + "\u2026\u201d has no cause.",
                message);
    }
}
