package rectify.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.core.io.RegisterFiles;
import rectify.model.Record;
import rectify.samples.Samples;

/** {@code rectify export} as a script calls it: the Word documents of the sample, output lines and exit codes. */
class ExportCommandTest {

    @TempDir
    Path dir;

    private Path register;
    private String meeting;
    private String example;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void register() throws IOException {
        register = Samples.copySampleRegister(dir.resolve("sample.rectify"));
        List<Record> records = RegisterFiles.load(register).getRecords();
        meeting = EcoreUtil.getURI(records.stream().filter(r -> !r.isExample()).findFirst().orElseThrow()).fragment();
        example = EcoreUtil.getURI(records.stream().filter(Record::isExample).findFirst().orElseThrow()).fragment();
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return CommandLine.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String text(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            StringBuilder text = new StringBuilder();
            document.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
            document.getTables().forEach(t -> text.append(t.getText()));
            return text.toString();
        }
    }

    @Test
    void eachDocumentOfARecordGoesToTheFileNamed() throws IOException {
        for (String document : List.of("material", "plan", "report", "lists", "meeting")) {
            Path file = dir.resolve(document + ".docx");
            assertEquals(Command.OK,
                    run("export", register.toString(), "--record", example, "--document", document, "--out",
                            file.toString()),
                    err());
            assertEquals(file.toString(), out.toString(StandardCharsets.UTF_8).strip());
            assertTrue(text(file).contains("2025年度"), document + ": " + text(file).substring(0, 60));
        }
        assertTrue(text(dir.resolve("report.docx")).contains("完成率"));
        assertTrue(text(dir.resolve("plan.docx")).contains("责任领导："));
    }

    @Test
    void aFolderAsOutGetsTheDocumentNamedAfterTheRecord() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("documents"));
        assertEquals(Command.OK, run("export", register.toString(), "--record", meeting, "--document", "plan", "--out",
                folder.toString()), err());
        Path file = Path.of(out.toString(StandardCharsets.UTF_8).strip());
        assertEquals(folder, file.getParent());
        assertTrue(file.getFileName().toString().endsWith("整改方案.docx"), file.toString());
    }

    @Test
    void aWrongCommandLineExitsWithUsageAndWritesNothing() {
        Path file = dir.resolve("x.docx");
        assertEquals(Command.USAGE, run("export", register.toString(), "--record", meeting, "--out", file.toString()));
        assertTrue(err().contains("--document") && err().contains("material"), err());
        assertEquals(Command.USAGE, run("export", register.toString(), "--record", meeting, "--document", "minutes",
                "--out", file.toString()));
        assertTrue(err().contains("minutes"), err());
        assertEquals(Command.USAGE, run("export", register.toString(), "--document", "plan", "--out", file.toString()));
        assertTrue(err().contains("--record"), "two records need --record: " + err());
        assertEquals(Command.USAGE, run("export", register.toString(), "--record", "_nope", "--document", "plan",
                "--out", file.toString()));
        assertTrue(err().contains("_nope"), err());
        assertFalse(Files.exists(file));
    }

    @Test
    void anUnreadableRegisterExitsTwoAndABadTemplateOne() throws IOException {
        assertEquals(Command.UNREADABLE,
                run("export", dir.resolve("missing.rectify").toString(), "--document", "plan", "--out",
                        dir.resolve("x.docx").toString()));
        Path template = Files.writeString(dir.resolve("our-plan.docx"), "not a Word document");
        assertEquals(Command.FOUND_ERRORS, run("export", register.toString(), "--record", meeting, "--document", "plan",
                "--template", template.toString(), "--out", dir.resolve("x.docx").toString()));
        assertTrue(err().contains("our-plan.docx"), err());
        assertFalse(Files.exists(dir.resolve("x.docx")));
    }
}
