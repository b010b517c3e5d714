/**
 * The Word documents of a record in the workbench: Export Document… on a record (the document
 * chosen, written in the background with progress, opened with the system's application) and the
 * preference page of the organisation's templates.
 */
package rectify.documents.ui;
