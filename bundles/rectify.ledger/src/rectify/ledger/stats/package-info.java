/** Statistics of the ledger for the dashboard: counts, the overdue share, time to close, closings per month. */
package rectify.ledger.stats;
