package rectify.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static rectify.releng.tests.LaunchScript.rectify;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The headless commands through the product's own launch script, with no display. */
class ProductCommandLineTest {

    @Test
    void infoDescribesEachRecordOfTheSampleRegister() throws Exception {
        LaunchScript.Result info = rectify("info", Command.property("rectify.sample").toString());

        assertEquals(0, info.exitCode(), info.err());
        List<String> lines = info.out().lines().toList();
        assertEquals(2, lines.size(), info.out());
        assertTrue(
                lines.get(0).matches("record=\\S+ kind=meeting title=\\S+ aspects=5 problems=15 causes=5 directions=4"
                        + " measures=12 opinions=88 talks=\\d+"),
                lines.get(0));
        assertTrue(lines.get(1).matches("record=\\S+ kind=\\w+ title=.*（示例）\"? .*"), lines.get(1));
    }

    @Test
    void validateFindsTheLinksTheSampleDocumentDoesNotWriteInChinese() throws Exception {
        LaunchScript.Result validate = rectify("-nl", "zh_CN", "validate",
                Command.property("rectify.sample").toString());

        assertEquals(1, validate.exitCode(), validate.err());
        List<String> problems = validate.out().lines().filter(line -> line.startsWith("error\tproblem.cause\t"))
                .toList();
        assertEquals(15, problems.size(), validate.out());
        assertTrue(problems.get(0).endsWith("问题 1.1「从思想深处领悟理论精髓不够。」没有关联原因。"), problems.get(0));
    }

    @Test
    void validateTellsAnUnreadableFileByItsExitCode() throws Exception {
        Path broken = Files.writeString(LaunchScript.dir().resolve("broken.rectify"), "not xml");

        LaunchScript.Result validate = rectify("validate", broken.toString());

        assertEquals(2, validate.exitCode(), validate.out());
        assertTrue(validate.err().contains("broken.rectify"), validate.err());
    }

    @Test
    void aCommandRunsWithoutOsgiAndItsSecondRunUsesTheClassDataCache() throws Exception {
        String sample = Command.property("rectify.sample").toString();
        Path loaded = LaunchScript.dir().resolve("classes-loaded.txt");
        Files.deleteIfExists(loaded);

        LaunchScript.Result first = rectify("info", sample);
        awaitTraining();
        LaunchScript.Result second = rectify(Map.of("RECTIFY_JAVA_OPTS", "-Xlog:class+load=info:file=" + loaded),
                "info", sample);

        for (LaunchScript.Result info : List.of(first, second)) {
            assertEquals(0, info.exitCode(), info.err());
            assertEquals(2, info.out().lines().count(), info.out());
            assertEquals("", info.err(), "nothing on standard error");
        }
        List<String> classes = Files.readAllLines(loaded, StandardCharsets.UTF_8);
        assertTrue(classes.stream().anyMatch(line -> line.contains(" rectify.cli.Main source: shared objects file")),
                "the command's classes come from the class-data cache");
        assertFalse(classes.stream().anyMatch(line -> line.contains(" org.eclipse.osgi.launch.Equinox ")),
                "no OSGi framework");
    }

    @Test
    void aFailingFirstRunLeavesTheCacheToTheTrainingRun() throws Exception {
        String sample = Command.property("rectify.sample").toString();
        Path pdf = LaunchScript.dir().resolve("trained.pdf");
        Path loaded = LaunchScript.dir().resolve("archive-classes-loaded.txt");
        Files.deleteIfExists(loaded);
        awaitTraining();
        try (Stream<Path> caches = Files.find(Product.home().resolve("configuration"), 2,
                (file, attributes) -> file.getFileName().toString().matches(".*-archive\\.(aot|jsa)"))) {
            for (Path cache : caches.toList()) {
                Files.delete(cache);
            }
        }

        LaunchScript.Result wrong = rectify("archive", sample, "--record", "no-such-record", "--out", pdf.toString());
        awaitTraining();
        String meeting = rectify("info", sample).out().lines().findFirst().orElseThrow().split(" ")[0]
                .substring("record=".length());
        LaunchScript.Result archived = rectify(Map.of("RECTIFY_JAVA_OPTS", "-Xlog:class+load=info:file=" + loaded),
                "archive", sample, "--record", meeting, "--out", pdf.toString());

        assertEquals(64, wrong.exitCode(), wrong.err());
        assertEquals(0, archived.exitCode(), archived.err());
        List<String> classes = Files.readAllLines(loaded, StandardCharsets.UTF_8);
        assertTrue(
                classes.stream().anyMatch(
                        line -> line.contains(" org.apache.pdfbox.pdfwriter.COSWriter source: shared objects file")),
                "the cache holds what writing a document loads, which the failing first run never did");
    }

    @Test
    void everyCommandsTrainingRunsOnTheCommandsOwnClassPath() throws Exception {
        assertEquals(0, rectify("info", Command.property("rectify.sample").toString()).exitCode());
        List<Path> argumentFiles;
        try (Stream<Path> files = Files.find(Product.home().resolve("configuration"), 2,
                (file, attributes) -> file.getFileName().toString().matches("classpath-[a-z]+\\.args"))) {
            argumentFiles = files.sorted().toList();
        }
        long commands = rectify("help").out().lines().filter(line -> line.startsWith("  rectify ")).count();
        assertEquals(commands, argumentFiles.size(), argumentFiles.toString());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        for (Path argumentFile : argumentFiles) {
            String command = argumentFile.getFileName().toString().replaceAll("classpath-|\\.args", "");
            Path err = LaunchScript.dir().resolve("training-" + command + ".txt");
            Process training = new ProcessBuilder(java.toString(), "-Djava.awt.headless=true",
                    "--enable-native-access=ALL-UNNAMED", "@" + argumentFile, "rectify.cli.Training", command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
            assertTrue(training.waitFor(2, TimeUnit.MINUTES), command + " did not end");
            assertEquals(0, training.exitValue(), command + ": " + Files.readString(err, StandardCharsets.UTF_8));
        }
    }

    /** Waits until no class-data cache of the product is being recorded. */
    private static void awaitTraining() throws Exception {
        Path caches = Product.home().resolve("configuration");
        long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            try (Stream<Path> files = Files.find(caches, 2,
                    (file, attributes) -> file.toString().endsWith(".training"))) {
                if (files.findAny().isEmpty()) {
                    return;
                }
            }
            assertTrue(System.nanoTime() < end, "the class-data caches were not recorded within two minutes");
            Thread.sleep(200);
        }
    }

    @Test
    void importingAWordDocumentSaysNothingOfLogging() throws Exception {
        Path document = Path.of("../../bundles/rectify.samples/documents/democratic-life-meeting-2021.docx")
                .toAbsolutePath().normalize();
        Path register = LaunchScript.dir().resolve("imported.rectify");
        Files.deleteIfExists(register);

        LaunchScript.Result imported = rectify("-nl", "en", "import", document.toString(), "--register",
                register.toString());

        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().startsWith("record="), imported.out());
        assertTrue(imported.err().startsWith("Import of democratic-life-meeting-2021.docx"), imported.err());
        for (String noise : List.of("Log4j", "StatusLogger", "SLF4J", "Registered provider")) {
            assertFalse(imported.err().contains(noise), imported.err());
        }
    }

    @Test
    void aRegisterSharedThroughTheLaunchScriptHasItsHistoryAndSynchronises() throws Exception {
        Path folder = LaunchScript.dir().resolve("shared-sample");
        Path server = LaunchScript.dir().resolve("shared-server.git");
        for (Path old : List.of(folder, server)) {
            if (Files.exists(old)) {
                try (Stream<Path> all = Files.walk(old)) {
                    for (Path path : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
        }
        Process init = new ProcessBuilder("git", "init", "-q", "--bare", "-b", "main", server.toString()).inheritIO()
                .start();
        assertEquals(0, init.waitFor());

        LaunchScript.Result shared = rectify("-nl", "en", "share", Command.property("rectify.sample").toString(),
                "--into",
                folder.toString());
        LaunchScript.Result history = rectify("history", folder.toString());
        LaunchScript.Result synced = rectify("-nl", "en", "sync", folder.toString(), "--remote",
                server.toUri().toString());
        // a command whose class path has no SSH reads the shared register too
        LaunchScript.Result info = rectify("info", folder.toString());

        assertEquals(0, shared.exitCode(), shared.err());
        assertTrue(shared.err().startsWith("Shared the register"), shared.err());
        assertEquals(0, history.exitCode(), history.err());
        assertTrue(
                history.out().lines().count() >= 2
                        && history.out().lines().allMatch(line -> line.split("\t").length == 6),
                history.out());
        assertEquals(0, synced.exitCode(), synced.err());
        assertEquals(0, info.exitCode(), info.err());
        assertEquals(2, info.out().lines().count(), info.out());
        for (LaunchScript.Result run : List.of(shared, history, synced, info)) {
            for (String noise : List.of("SLF4J", "Exception", "WARN")) {
                assertFalse(run.err().contains(noise), run.err());
            }
        }
    }
}
