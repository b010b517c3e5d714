/**
 * Typesetting in the page of GB/T 9704-2012, without the model: Chinese line breaking and
 * justification, the flow of text, tables and diagrams over pages, page numbers.
 */
package rectify.archive.internal.layout;
