package rectify.archive.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.fontbox.ttf.TTFSubsetter;

import rectify.archive.internal.fonts.Face;
import rectify.archive.internal.layout.Drawable;
import rectify.archive.internal.layout.GlyphRun;
import rectify.archive.internal.layout.Layout;
import rectify.archive.internal.layout.Page;

/**
 * The characters a document draws with each face, and the part of a face that has them as a font
 * of its own, a subset named with its tag: it is embedded as it is. PDFBox would make the subset
 * with work in proportion to all the glyphs of the face, tens of thousands in a Chinese face, for
 * every document. The part has the face's outlines, widths, names and character map for those
 * characters; it has no glyph substitutions, which the layout does not make either (it measures
 * each character's own glyph).
 */
public final class UsedGlyphs {

    /** The last character that the character map of a part can hold (its format 4 holds the BMP). */
    private static final int LAST_IN_PART = 0xFFFF;

    private final Map<Face, Set<Integer>> characters = new HashMap<>();

    /** @param layout the document's pages */
    public UsedGlyphs(Layout layout) {
        for (Page page : layout.pages()) {
            collect(page.drawables());
        }
    }

    private void collect(List<Drawable> drawables) {
        for (Drawable drawable : drawables) {
            if (drawable instanceof Drawable.Text text) {
                for (GlyphRun run : text.runs()) {
                    Set<Integer> used = characters.computeIfAbsent(run.face(), face -> new TreeSet<>());
                    run.text().codePoints().forEach(used::add);
                }
            } else if (drawable instanceof Drawable.Clip clip) {
                collect(clip.content());
            }
        }
    }

    /** @return the faces the document draws with */
    public Set<Face> faces() {
        return characters.keySet();
    }

    /**
     * @param face a face the document draws with
     * @return the part of the face with the characters the document draws with it, as a TrueType
     *         font file whose name has a subset's tag; {@code null} when a character lies beyond
     *         what a part can hold
     * @throws IOException when the face cannot be read
     */
    public byte[] partOf(Face face) throws IOException {
        Set<Integer> used = characters.getOrDefault(face, Set.of());
        if (used.isEmpty() || used.stream().anyMatch(c -> c > LAST_IN_PART)) {
            return null;
        }
        TTFSubsetter subsetter = new TTFSubsetter(face.font(), Face.TABLES);
        subsetter.addAll(used);
        subsetter.setPrefix(tag(used));
        ByteArrayOutputStream part = new ByteArrayOutputStream();
        subsetter.writeToStream(part);
        return part.toByteArray();
    }

    /** The tag that names a subset: six capital letters that follow from its characters. */
    private static String tag(Set<Integer> used) {
        StringBuilder tag = new StringBuilder();
        long hash = used.hashCode() & 0xFFFFFFFFL;
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + hash % 26));
            hash /= 26;
        }
        return tag.append('+').toString();
    }
}
