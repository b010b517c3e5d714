/**
 * Writing a laid-out document as PDF/A with PDFBox: pages, fonts, links, bookmarks, XMP
 * metadata, output intent, and the record's own data as an associated file.
 */
package rectify.archive.internal.pdf;
