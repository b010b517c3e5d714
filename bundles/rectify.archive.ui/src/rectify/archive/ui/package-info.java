/**
 * Archiving from the workbench: "Archive…" on the records selected in the register navigator asks
 * where to write and which PDF/A part, archives in a job with a progress bar, then opens the
 * result or says what went wrong.
 */
package rectify.archive.ui;
