package rectify.archive.internal.layout;

/** How the lines of a paragraph sit in their width. */
public enum Align {
    /** Flush on both sides, except the last line and lines ended by a line feed. */
    JUSTIFY,
    /** Centred. */
    CENTER,
    /** Flush right. */
    RIGHT
}
