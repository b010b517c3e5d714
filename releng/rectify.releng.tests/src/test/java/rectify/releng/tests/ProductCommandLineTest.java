package rectify.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static rectify.releng.tests.LaunchScript.rectify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The headless commands through the product's own launch script, with no display. */
class ProductCommandLineTest {

    @Test
    void infoDescribesEachRecordOfTheSampleRegister() throws Exception {
        LaunchScript.Result info = rectify("info", Command.property("rectify.sample").toString());

        assertEquals(0, info.exitCode(), info.err());
        List<String> lines = info.out().lines().toList();
        assertEquals(2, lines.size(), info.out());
        assertTrue(lines.get(0).matches("record=\\S+ kind=meeting title=\\S+ aspects=5 problems=15 causes=5 directions=4"
                + " measures=12 opinions=88 talks=\\d+"), lines.get(0));
        assertTrue(lines.get(1).matches("record=\\S+ kind=\\w+ title=.*（示例）\"? .*"), lines.get(1));
    }

    @Test
    void validateFindsTheLinksTheSampleDocumentDoesNotWriteInChinese() throws Exception {
        LaunchScript.Result validate = rectify("-nl", "zh_CN", "validate", Command.property("rectify.sample").toString());

        assertEquals(1, validate.exitCode(), validate.err());
        List<String> problems = validate.out().lines().filter(line -> line.startsWith("error\tproblem.cause\t")).toList();
        assertEquals(15, problems.size(), validate.out());
        assertTrue(problems.get(0).endsWith("问题 1「从思想深处领悟理论精髓不够。」没有关联原因。"), problems.get(0));
    }

    @Test
    void validateTellsAnUnreadableFileByItsExitCode() throws Exception {
        Path broken = Files.writeString(LaunchScript.dir().resolve("broken.rectify"), "not xml");

        LaunchScript.Result validate = rectify("validate", broken.toString());

        assertEquals(2, validate.exitCode(), validate.out());
        assertTrue(validate.err().contains("broken.rectify"), validate.err());
    }
}
