package rectify.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The headless commands through the product's own launch script, with no display. */
class ProductCommandLineTest {

    private record Result(int exitCode, String out, String err) {
    }

    private static Path dir() throws IOException {
        return Files.createDirectories(Path.of("target", "commands").toAbsolutePath());
    }

    private static Result rectify(String... args) throws IOException, InterruptedException {
        Path dir = dir();
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(Product.launchScript().toString());
        builder.command().addAll(List.of(args));
        builder.environment().remove("DISPLAY");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "rectify " + List.of(args) + " did not end");
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void infoDescribesEachRecordOfTheSampleRegister() throws Exception {
        Result info = rectify("info", Command.property("rectify.sample").toString());

        assertEquals(0, info.exitCode(), info.err());
        List<String> lines = info.out().lines().toList();
        assertEquals(2, lines.size(), info.out());
        assertTrue(lines.get(0).matches("record=\\S+ kind=meeting title=\\S+ aspects=5 problems=15 causes=5 directions=4"
                + " measures=12 opinions=88 talks=\\d+"), lines.get(0));
        assertTrue(lines.get(1).matches("record=\\S+ kind=\\w+ title=.*（示例）\"? .*"), lines.get(1));
    }

    @Test
    void validateFindsTheLinksTheSampleDocumentDoesNotWriteInChinese() throws Exception {
        Result validate = rectify("-nl", "zh_CN", "validate", Command.property("rectify.sample").toString());

        assertEquals(1, validate.exitCode(), validate.err());
        List<String> problems = validate.out().lines().filter(line -> line.startsWith("error\tproblem.cause\t")).toList();
        assertEquals(15, problems.size(), validate.out());
        assertTrue(problems.get(0).endsWith("问题 1「从思想深处领悟理论精髓不够。」没有关联原因。"), problems.get(0));
    }

    @Test
    void validateTellsAnUnreadableFileByItsExitCode() throws Exception {
        Path broken = Files.writeString(dir().resolve("broken.rectify"), "not xml");

        Result validate = rectify("validate", broken.toString());

        assertEquals(2, validate.exitCode(), validate.out());
        assertTrue(validate.err().contains("broken.rectify"), validate.err());
    }
}
