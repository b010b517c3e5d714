/**
 * The rectification ledger (整改台账), headless: one {@link rectify.ledger.LedgerRow row} per
 * measure with its deadline, status, days left, last progress and {@link rectify.model.urgency.Urgency
 * urgency} (its warning light); filters, orders and groupings as plain functions; the reminders of overdue and due-soon
 * measures; and the {@link rectify.ledger.Table tables} that exports write.
 */
package rectify.ledger;
