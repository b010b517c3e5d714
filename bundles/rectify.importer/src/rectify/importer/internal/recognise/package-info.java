/**
 * Recognising the structure of a self-examination material or a rectification report in its
 * paragraphs, the way a reader does, and building the record from it. Not API.
 */
package rectify.importer.internal.recognise;
