/**
 * The Git side of shared registers: reading a register from a commit, saving it as a commit
 * (safely for a writer killed at any moment), merging two commits part by part, bringing the
 * working tree and the index along.
 */
package rectify.share.store;
