package rectify.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
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
    private final Console console = new Console();

    @BeforeEach
    void register() throws IOException {
        register = Samples.copySampleRegister(dir.resolve("sample.rectify"));
        List<Record> records = RegisterFiles.load(register).getRecords();
        meeting = EcoreUtil.getURI(records.stream().filter(r -> !r.isExample()).findFirst().orElseThrow()).fragment();
        example = EcoreUtil.getURI(records.stream().filter(Record::isExample).findFirst().orElseThrow()).fragment();
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
                    console.run("export", register.toString(), "--record", example, "--document", document, "--out",
                            file.toString()),
                    console.err());
            assertEquals(file.toString(), console.out().strip());
            assertTrue(text(file).contains("2025年度"), document + ": " + text(file).substring(0, 60));
        }
        assertTrue(text(dir.resolve("report.docx")).contains("完成率"));
        assertTrue(text(dir.resolve("plan.docx")).contains("责任领导："));
    }

    @Test
    void aFolderAsOutGetsTheDocumentNamedAfterTheRecord() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("documents"));
        assertEquals(Command.OK,
                console.run("export", register.toString(), "--record", meeting, "--document", "plan", "--out",
                        folder.toString()),
                console.err());
        Path file = Path.of(console.out().strip());
        assertEquals(folder, file.getParent());
        assertTrue(file.getFileName().toString().endsWith("整改方案.docx"), file.toString());
    }

    @Test
    void aWrongCommandLineExitsWithUsageAndWritesNothing() {
        Path file = dir.resolve("x.docx");
        assertEquals(Command.USAGE,
                console.run("export", register.toString(), "--record", meeting, "--out", file.toString()));
        assertTrue(console.err().contains("--document") && console.err().contains("material"), console.err());
        assertEquals(Command.USAGE,
                console.run("export", register.toString(), "--record", meeting, "--document", "minutes",
                        "--out", file.toString()));
        assertTrue(console.err().contains("minutes"), console.err());
        assertEquals(Command.USAGE,
                console.run("export", register.toString(), "--document", "plan", "--out", file.toString()));
        assertTrue(console.err().contains("--record"), "two records need --record: " + console.err());
        assertEquals(Command.USAGE,
                console.run("export", register.toString(), "--record", "_nope", "--document", "plan",
                        "--out", file.toString()));
        assertTrue(console.err().contains("_nope"), console.err());
        assertFalse(Files.exists(file));
    }

    @Test
    void anUnreadableRegisterExitsTwoAndABadTemplateOne() throws IOException {
        assertEquals(Command.UNREADABLE,
                console.run("export", dir.resolve("missing.rectify").toString(), "--document", "plan", "--out",
                        dir.resolve("x.docx").toString()));
        Path template = Files.writeString(dir.resolve("our-plan.docx"), "not a Word document");
        assertEquals(Command.FOUND_ERRORS,
                console.run("export", register.toString(), "--record", meeting, "--document", "plan",
                        "--template", template.toString(), "--out", dir.resolve("x.docx").toString()));
        assertTrue(console.err().contains("our-plan.docx"), console.err());
        assertFalse(Files.exists(dir.resolve("x.docx")));
    }
}
