/** The ledger's filter bar: record, year, unit, leader, status, lateness and grouping. */
package rectify.ledger.ui.filter;
