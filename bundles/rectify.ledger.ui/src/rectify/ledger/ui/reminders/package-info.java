/**
 * What happens when a register opens: a notification of its overdue and due-soon measures, and a
 * check of its evidence files in the background, whose problems are notified and flagged in the
 * ledger.
 */
package rectify.ledger.ui.reminders;
