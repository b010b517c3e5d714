/**
 * The ledger's table: what it shows ({@link rectify.ledger.ui.table.LedgerModel}: rows filtered,
 * sorted and grouped) and the NatTable that shows it, with warning lights and cells edited in
 * place through commands.
 */
package rectify.ledger.ui.table;
