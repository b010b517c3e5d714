/**
 * Evidence files of progress entries, kept by reference: a document records the file's path
 * (relative to the register file when it can), its size and its SHA-256, and is checked against the
 * file when the register is opened, so that a missing or changed file is flagged.
 */
package rectify.ledger.evidence;
