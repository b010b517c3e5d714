/**
 * The ledger in the workbench: the {@link rectify.ledger.ui.LedgerView ledger view} of all
 * measures of the open registers, with its filter bar, the three lists and the dashboard as tabs,
 * in-place edits and the workflow's steps as commands, exports, and the notifications of overdue
 * measures and changed evidence when a register opens.
 */
package rectify.ledger.ui;
