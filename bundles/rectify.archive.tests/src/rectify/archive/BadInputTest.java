package rectify.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.archive.internal.fonts.FontSet;
import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.Direction;
import rectify.model.Measure;
import rectify.model.Meeting;
import rectify.model.Person;
import rectify.model.Problem;
import rectify.model.RectifyFactory;
import rectify.model.Register;
import rectify.model.Review;

/** What archiving does with input that is missing, too large or unprintable: a clear message or a valid PDF. */
class BadInputTest {

    private static final RectifyFactory MODEL = RectifyFactory.eINSTANCE;

    @TempDir
    Path dir;

    /** Decision: the stamp is printed with blank cells to fill in by hand, and a warning says which. */
    @Test
    void aRecordWithoutArchivalInformationGetsAStampWithBlanksAndAWarning() throws IOException {
        ArchiveResult result = archive(Fixtures.sampleMeeting(Fixtures.sampleRegister()), ArchiveOptions.defaults());

        assertEquals(1, result.warnings().size(), result.warnings().toString());
        try (PDDocument pdf = Loader.loadPDF(result.file().toFile())) {
            StringBuilder stamp = new StringBuilder();
            Pdfs.glyphs(pdf, 1).stream().filter(g -> g.baseline() < 37 * Pdfs.MM).forEach(g -> stamp.append(g.text()));
            assertEquals("X001" + result.pages(), stamp.toString(), "only the fonds code and the page count");
        }
    }

    @Test
    void withoutAnyChineseFontTheMessageSaysWhatToInstall() throws IOException {
        Path noFonts = Files.createDirectories(dir.resolve("no-fonts"));
        ArchiveOptions options = ArchiveOptions.defaults().withFontFolders(List.of(noFonts));

        ArchiveException e = assertThrows(ArchiveException.class, () -> new RecordArchiver(options).close());

        assertEquals(ArchiveException.Problem.NO_FONT, e.getProblem());
        assertTrue(
                e.getMessage().contains("sudo apt-get install fonts-arphic-uming fonts-arphic-ukai fonts-wqy-microhei")
                        && e.getMessage().contains(noFonts.toString()),
                e.getMessage());
    }

    @Test
    void aFontFileThatIsNoFontIsRefusedByName() throws IOException {
        Path notAFont = Files.writeString(dir.resolve("fangsong.ttf"), "not a font");
        ArchiveOptions options = ArchiveOptions.defaults().withFont(FontRole.BODY, FontFile.of(notAFont));

        ArchiveException e = assertThrows(ArchiveException.class, () -> new RecordArchiver(options).close());

        assertEquals(ArchiveException.Problem.BAD_FONT, e.getProblem());
        assertTrue(e.getMessage().contains(notAFont.toString()), e.getMessage());
    }

    @Test
    void aRecordOfTenThousandMeasuresIsArchivedWhole() throws IOException {
        Meeting meeting = largeMeeting(20, 100, 100);
        long start = System.nanoTime();

        ArchiveResult result = archive(meeting, ArchiveOptions.defaults().withPart(PdfaPart.PDFA_3B));

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.toSeconds() < 120, "took " + took);
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("10030")),
                "the diagram is left out: " + result.warnings());
        try (PDDocument pdf = Loader.loadPDF(result.file().toFile())) {
            assertEquals(result.pages(), pdf.getNumberOfPages());
            assertTrue(pdf.getNumberOfPages() > 500, "pages: " + pdf.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(pdf.getNumberOfPages() - 3);
            String end = Fixtures.withoutSpace(stripper.getText(pdf));
            assertTrue(end.contains("100.100措施10000。"), "the ledger ends with the last measure, by its full number");
        }
    }

    @Test
    void charactersNoFontHasAreDrawnAsBoxesAndCharactersTheBodyFontLacksComeFromAnother() throws IOException {
        int fromFallback;
        try (FontSet fonts = FontSet.resolve(ArchiveOptions.defaults())) {
            fromFallback = IntStream.range(0x2000, 0xFFFF)
                    .filter(c -> Character.isLetterOrDigit(c) || Character.getType(c) == Character.OTHER_SYMBOL)
                    .filter(c -> !fonts.face(FontRole.BODY).has(c) && fonts.faceFor(FontRole.BODY, c) != null)
                    .findFirst().orElseThrow(() -> new AssertionError("no character only a fallback font has"));
        }
        String smile = Character.toString(0x1F600);
        Meeting meeting = largeMeeting(1, 1, 1);
        meeting.getReview().getPreamble().add("笑脸" + smile + "与" + Character.toString(fromFallback) + "。");

        ArchiveResult result = archive(meeting, ArchiveOptions.defaults());

        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("U+1F600")), result.warnings().toString());
        try (PDDocument pdf = Loader.loadPDF(result.file().toFile())) {
            String text = Fixtures.withoutSpace(String.join("", Pdfs.lines(pdf, 1)));
            assertTrue(text.contains("笑脸□与" + Character.toString(fromFallback) + "。"), text);
            assertNoMissingGlyph(pdf);
        }
    }

    /** Every glyph drawn exists in its font: none is the .notdef glyph PDF/A forbids. */
    private static void assertNoMissingGlyph(PDDocument pdf) throws IOException {
        new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                try {
                    PDType0Font font = (PDType0Font) text.getFont();
                    for (int code : text.getCharacterCodes()) {
                        assertTrue(font.codeToGID(code) != 0,
                                "a glyph for " + text.getUnicode() + " in " + font.getName());
                    }
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }
        }.getText(pdf);
    }

    @Test
    void aCancelledArchiveLeavesNothingBehind() throws IOException {
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        Path out = Files.createDirectories(dir.resolve("out"));

        try (RecordArchiver archiver = new RecordArchiver(ArchiveOptions.defaults())) {
            assertThrows(OperationCanceledException.class,
                    () -> archiver.archive(largeMeeting(3, 3, 3), out.resolve("cancelled.pdf"), cancelled));
        }
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void anArchiveThatCannotBeWrittenSaysWhereAndLeavesTheOldFile() throws IOException {
        Path missing = dir.resolve("missing").resolve("record.pdf");
        try (RecordArchiver archiver = new RecordArchiver(ArchiveOptions.defaults())) {
            ArchiveException e = assertThrows(ArchiveException.class,
                    () -> archiver.archive(largeMeeting(1, 1, 1), missing, null));
            assertEquals(ArchiveException.Problem.WRITE_FAILED, e.getProblem());
            assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        }
        assertFalse(Files.exists(missing.getParent()));
    }

    private ArchiveResult archive(rectify.model.Record record, ArchiveOptions options) throws IOException {
        try (RecordArchiver archiver = new RecordArchiver(options)) {
            return archiver.archive(record, dir.resolve("record.pdf"), null);
        }
    }

    /**
     * A meeting in a register with problems under one aspect, 10 causes, and directions of measures
     * each linked to a problem and a cause, with a leader and a deadline.
     */
    static Meeting largeMeeting(int problems, int directions, int measuresPerDirection) {
        Register register = MODEL.createRegister();
        register.setOrganizationName("中共XX省XX厅委员会");
        register.setFondsCode("X001");
        Person leader = MODEL.createPerson();
        leader.setName("张XX");
        register.getPeople().add(leader);
        Meeting meeting = MODEL.createMeeting();
        meeting.setTitle("大型记录");
        register.getRecords().add(meeting);
        Review review = MODEL.createReview();
        meeting.setReview(review);
        Aspect aspect = MODEL.createAspect();
        aspect.setLabel("（一）");
        aspect.setTitle("在落实整改方面");
        review.getAspects().add(aspect);
        for (int p = 1; p <= problems; p++) {
            Problem problem = MODEL.createProblem();
            problem.setNumber(p);
            problem.setHeadline("问题" + p + "的标题。");
            problem.setExplanation("问题" + p + "的说明。");
            aspect.getProblems().add(problem);
        }
        for (int c = 1; c <= Math.min(10, problems); c++) {
            Cause cause = MODEL.createCause();
            cause.setNumber(c);
            cause.setHeadline("原因" + c + "。");
            cause.setAnalysis("原因" + c + "的分析。");
            review.getCauses().add(cause);
            cause.getProblems().add(aspect.getProblems().get(c - 1));
        }
        int number = 0;
        for (int d = 1; d <= directions; d++) {
            Direction direction = MODEL.createDirection();
            direction.setHeading("方向" + d + "。");
            review.getDirections().add(direction);
            for (int m = 1; m <= measuresPerDirection; m++) {
                number++;
                Measure measure = MODEL.createMeasure();
                measure.setNumber(m);
                measure.setHeadline("措施" + number + "。");
                measure.setResponsibleLeader(leader);
                measure.setDeadline(LocalDate.of(2030, 1 + number % 12, 1));
                direction.getMeasures().add(measure);
                measure.getProblems().add(aspect.getProblems().get(number % problems));
                measure.getCauses().add(review.getCauses().get(number % review.getCauses().size()));
            }
        }
        return meeting;
    }
}
