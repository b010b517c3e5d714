/**
 * Writing a laid-out document as OFD (GB/T 33190-2016) with ofdrw: the same pages as the PDF/A,
 * drawn from the same layout, with the fonts embedded as subsets, the bookmarks and the metadata.
 */
package rectify.archive.internal.ofd;
