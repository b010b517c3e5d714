/**
 * Registers shared by many departments through Git: making one from a register file and back
 * ({@link rectify.share.Sharing}), each save a commit whose message says what changed in Chinese
 * and English ({@link rectify.share.Wording}), the history and the comparison of versions
 * ({@link rectify.share.History}, {@link rectify.share.Comparison}), synchronising with a server
 * ({@link rectify.share.Sync}) and offline hand-over files ({@link rectify.share.Handover}), both
 * through the model-aware merge ({@link rectify.share.Integration}), which Git's own merges use too
 * ({@link rectify.share.MergeDriver}). Closed and archived records are locked
 * ({@link rectify.share.RecordLocks}).
 */
package rectify.share;
