package rectify.archive;

/**
 * What a font is used for in an archive, with the type style GB/T 9704-2012 asks for. Each role
 * is resolved to a TrueType font: the user's setting ({@link ArchiveOptions#withFont}), else
 * the first system font of the role's style that is installed, else any installed Chinese
 * TrueType font; when there is none at all, archiving fails with a message that says what to
 * install.
 */
public enum FontRole {
    /** The title: a Song-style display face (小标宋), 2号. */
    TITLE,
    /** The body text: a FangSong-style face (仿宋), 3号. */
    BODY,
    /** Level-1 headings (一、): a Hei-style face (黑体), 3号. */
    HEADING1,
    /** Level-2 headings (（一）): a Kai-style face (楷体), 3号. */
    HEADING2,
    /** Page numbers: a Song-style face (宋体), 4号. */
    PAGE_NUMBER
}
