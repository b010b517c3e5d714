package rectify.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import rectify.model.Record;
import rectify.model.Register;

/**
 * One archiver shared by threads, as a batch on the command line shares it: each document is
 * what the same archiver writes on one thread, text, embedded font programs and embedded record
 * alike, in PDF/A-2b and 3b.
 */
class ConcurrentArchivingTest {

    private static final int THREADS = 4;
    private static final int EACH = 3;

    @TempDir
    Path dir;

    /**
     * What a document shows: its text by page, the bytes of each embedded font program by font
     * name, and those of each embedded file (the record, in PDF/A-3b) by name.
     */
    private record Content(List<List<String>> pages, Map<String, byte[]> fonts, Map<String, byte[]> files) {
    }

    @ParameterizedTest
    @EnumSource(PdfaPart.class)
    void archivesWrittenAtOnceEqualTheOneWrittenAlone(PdfaPart part) throws Exception {
        Register register = Fixtures.sampleRegister();
        Record meeting = Fixtures.sampleMeeting(register);
        Record example = Fixtures.example(register);
        try (RecordArchiver archiver = new RecordArchiver(ArchiveOptions.defaults().withPart(part))) {
            Content meetingAlone = content(archiver.archive(meeting, dir.resolve("meeting.pdf"), null).file());
            Content exampleAlone = content(archiver.archive(example, dir.resolve("example.pdf"), null).file());

            List<Future<List<Path>>> written = new ArrayList<>();
            try (ExecutorService threads = Executors.newFixedThreadPool(THREADS)) {
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    written.add(threads.submit(() -> {
                        List<Path> files = new ArrayList<>();
                        for (int i = 0; i < EACH; i++) {
                            Record record = (thread + i) % 2 == 0 ? meeting : example;
                            files.add(archiver.archive(record, dir.resolve(thread + "-" + i + ".pdf"), null).file());
                        }
                        return files;
                    }));
                }
            }
            for (int t = 0; t < THREADS; t++) {
                List<Path> files = written.get(t).get();
                for (int i = 0; i < EACH; i++) {
                    Content alone = (t + i) % 2 == 0 ? meetingAlone : exampleAlone;
                    Content together = content(files.get(i));
                    assertEquals(alone.pages(), together.pages(), files.get(i) + ": the text");
                    assertEquals(alone.fonts().keySet(), together.fonts().keySet(), files.get(i) + ": the fonts");
                    for (String font : alone.fonts().keySet()) {
                        assertArrayEquals(alone.fonts().get(font), together.fonts().get(font),
                                files.get(i) + ": " + font);
                    }
                    assertEquals(alone.files().keySet(), together.files().keySet(),
                            files.get(i) + ": the embedded files");
                    for (String name : alone.files().keySet()) {
                        assertArrayEquals(alone.files().get(name), together.files().get(name),
                                files.get(i) + ": " + name);
                    }
                }
            }
        }
    }

    private static Content content(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            List<List<String>> pages = new ArrayList<>();
            Map<String, byte[]> fonts = new LinkedHashMap<>();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                pages.add(Pdfs.lines(pdf, page));
                PDPage p = pdf.getPage(page - 1);
                for (COSName name : p.getResources().getFontNames()) {
                    PDFont font = p.getResources().getFont(name);
                    if (font instanceof PDType0Font type0 && !fonts.containsKey(font.getName())) {
                        try (InputStream program = type0.getDescendantFont().getFontDescriptor().getFontFile2()
                                .createInputStream()) {
                            fonts.put(font.getName(), program.readAllBytes());
                        }
                    }
                }
            }
            Map<String, byte[]> embedded = new LinkedHashMap<>();
            if (pdf.getDocumentCatalog().getNames() != null) {
                for (Map.Entry<String, PDComplexFileSpecification> attached : pdf.getDocumentCatalog().getNames()
                        .getEmbeddedFiles().getNames().entrySet()) {
                    embedded.put(attached.getKey(), attached.getValue().getEmbeddedFile().toByteArray());
                }
            }
            return new Content(pages, fonts, embedded);
        }
    }
}
