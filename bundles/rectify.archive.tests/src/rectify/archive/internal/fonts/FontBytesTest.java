package rectify.archive.internal.fonts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.junit.jupiter.api.Test;

/** A face of a font collection read in place, as the archiver opens it. */
class FontBytesTest {

    /** Characters of the sample's kind: Chinese, punctuation, Latin and digits. */
    private static final String CHARACTERS = "中国共产党。A1";
    /** A collection of four faces, which the two commands install (fonts-arphic-uming). */
    private static final Path UMING = Path.of("/usr/share/fonts/truetype/arphic/uming.ttc");
    /** A font file of one face, which the two commands install (fonts-droid-fallback). */
    private static final Path DROID = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    @Test
    void aFaceOfACollectionMeasuresAsFontboxReadsItFromTheCollection() throws IOException {
        try (TrueTypeCollection collection = new TrueTypeCollection(UMING.toFile());
                TrueTypeFont face = new TTFParser().parse(FontBytes.face(UMING, 2))) {
            TrueTypeFont expected = collection.getFontByName(face.getName());
            assertEquals(expected.getNumberOfGlyphs(), face.getNumberOfGlyphs());
            for (int codePoint : CHARACTERS.codePoints().toArray()) {
                int glyph = expected.getUnicodeCmapLookup().getGlyphId(codePoint);
                assertEquals(glyph, face.getUnicodeCmapLookup().getGlyphId(codePoint));
                assertEquals(expected.getAdvanceWidth(glyph), face.getAdvanceWidth(glyph));
            }
        }
    }

    @Test
    void aFontFileOfItsOwnMeasuresAsFontboxReadsIt() throws IOException {
        try (TrueTypeFont expected = new TTFParser().parse(new RandomAccessReadBufferedFile(DROID.toFile()));
                TrueTypeFont font = new TTFParser().parse(FontBytes.of(DROID))) {
            assertEquals(expected.getName(), font.getName());
            for (int codePoint : "中国共产党。".codePoints().toArray()) {
                int glyph = expected.getUnicodeCmapLookup().getGlyphId(codePoint);
                assertTrue(glyph > 0, Character.toString(codePoint));
                assertEquals(glyph, font.getUnicodeCmapLookup().getGlyphId(codePoint));
                assertEquals(expected.getAdvanceWidth(glyph), font.getAdvanceWidth(glyph));
            }
        }
    }

    @Test
    void thePartOfAFaceThatADocumentEmbedsHasTheOutlinesOfItsCharacters() throws IOException, Face.Unusable {
        try (TrueTypeCollection collection = new TrueTypeCollection(UMING.toFile());
                Face face = Face.open(UMING, "AR PL UMing CN")) {
            TTFSubsetter subsetter = new TTFSubsetter(face.font());
            subsetter.addAll(CHARACTERS.codePoints().boxed().collect(Collectors.toSet()));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            subsetter.writeToStream(bytes);
            TrueTypeFont expected = collection.getFontByName(face.name());
            try (TrueTypeFont part = new TTFParser().parse(new RandomAccessReadBuffer(bytes.toByteArray()))) {
                for (int codePoint : CHARACTERS.codePoints().toArray()) {
                    GlyphData outline = part.getGlyph().getGlyph(part.getUnicodeCmapLookup().getGlyphId(codePoint));
                    GlyphData original = expected.getGlyph()
                            .getGlyph(expected.getUnicodeCmapLookup().getGlyphId(codePoint));
                    assertTrue(outline.getNumberOfContours() > 0, Character.toString(codePoint));
                    assertEquals(original.getBoundingBox().toString(), outline.getBoundingBox().toString());
                }
            }
        }
    }

    @Test
    void aFaceBeyondTheCollectionIsAnError() {
        IOException e = assertThrows(IOException.class, () -> FontBytes.face(UMING, 99));
        assertEquals("no face 99 in the collection uming.ttc", e.getMessage());
    }

    @Test
    void joinedBuffersReadAcrossTheirBordersAndStopAtTheEnd() throws IOException {
        RandomAccessRead joined = new JoinedBuffers(List.of(ByteBuffer.wrap(new byte[] { 1, 2 }),
                ByteBuffer.allocate(0), ByteBuffer.wrap(new byte[] { 3 }), ByteBuffer.wrap(new byte[] { 4, 5, 6 })));
        assertEquals(6, joined.length());
        joined.seek(1);
        byte[] read = new byte[4];
        assertEquals(4, joined.read(read, 0, 4));
        assertArrayEquals(new byte[] { 2, 3, 4, 5 }, read);
        assertEquals(6, joined.read());
        assertEquals(-1, joined.read());
        joined.seek(2);
        assertEquals(3, joined.read());
        joined.seek(100);
        assertEquals(6, joined.getPosition());
        joined.close();
        assertThrows(IOException.class, joined::read);
    }
}
