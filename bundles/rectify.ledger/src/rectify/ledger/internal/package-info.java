/** Internals of the ledger bundle: its texts. */
package rectify.ledger.internal;
