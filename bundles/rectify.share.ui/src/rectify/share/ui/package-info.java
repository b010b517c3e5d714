/**
 * Shared registers in the workbench: the History view and the comparison of versions, sharing,
 * synchronising with progress and cancel (credentials in the secure storage), hand-over files,
 * conflicts decided by choice, the navigator's marks (ahead, behind, conflicts, locked records),
 * reopening a locked record with a reason.
 */
package rectify.share.ui;
