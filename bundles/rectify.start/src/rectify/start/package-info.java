/**
 * The start page (首页) of the workbench: what is due in the open registers, the records still
 * open, and links to the next steps (the worked example, importing a document, new records, the
 * ledger). The product opens it on start; Help › Start Page opens it again.
 */
package rectify.start;
