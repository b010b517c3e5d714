/**
 * Reading documents into paragraphs: text files in UTF-8 (with or without a byte order mark),
 * UTF-16 with a byte order mark, GBK or GB18030, with any line ends; Word documents (.docx)
 * through Apache POI, with Word's heading styles and automatic numbering made explicit. Inputs
 * that are no such document, encrypted, too large or a zip bomb are refused within bounded time
 * and memory. Not API.
 */
package rectify.importer.internal.read;
