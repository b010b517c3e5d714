/** The dashboard: the ledger's figures and bar charts drawn with SWT's GC, no chart library. */
package rectify.ledger.ui.dashboard;
