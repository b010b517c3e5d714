/**
 * The Word documents users hand in, generated from a record: the self-examination material, the
 * rectification plan, the report on how rectification went, the three lists and the report on the
 * meeting ({@link DocumentKind}), each from a template ({@link DocumentTemplates}), in the layout
 * of GB/T 9704 ({@link WordDocuments}). Headless: no UI classes.
 */
package rectify.documents;
