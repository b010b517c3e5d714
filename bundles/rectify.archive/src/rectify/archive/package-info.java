/**
 * Archiving records as PDF/A documents in the layout of official documents (GB/T 9704-2012),
 * with the archival stamp of DA/T 22-2015 on the first page.
 * <p>
 * {@link rectify.archive.RecordArchiver} is the entry point: it resolves the fonts once (see
 * {@link rectify.archive.FontRole}) and then writes one file per record. Everything here is
 * headless: no SWT, no workbench; progress and cancellation go through an
 * {@link org.eclipse.core.runtime.IProgressMonitor}.
 */
package rectify.archive;
