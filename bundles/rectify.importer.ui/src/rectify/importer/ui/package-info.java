/**
 * The workbench side of importing documents: the import wizard (File › Import… in the product,
 * and in an IDE under Rectify in its Import dialog), which shows what was recognised before the
 * record is added to an open register. For a document dropped or chosen elsewhere,
 * {@link rectify.importer.ui.ImportDocumentWizard#open} opens the wizard with the document and
 * the register chosen; bundles that must not depend on this one execute the command
 * {@value rectify.importer.ui.ImportHandler#COMMAND} with the parameters
 * {@value rectify.importer.ui.ImportHandler#DOCUMENT} and
 * {@value rectify.importer.ui.ImportHandler#REGISTER} instead.
 */
package rectify.importer.ui;
