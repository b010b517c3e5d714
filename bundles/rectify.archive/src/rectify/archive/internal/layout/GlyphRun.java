package rectify.archive.internal.layout;

import rectify.archive.internal.fonts.Face;

/**
 * Glyphs of one face and size, drawn one after the other.
 *
 * @param face the face; it has every character of the text
 * @param size the font size in points
 * @param text the characters
 * @param charSpacing space added after each glyph, in points
 */
public record GlyphRun(Face face, float size, String text, float charSpacing) {
}
