/** The ledger's actions: the workflow's steps with their dialogs, and the exports. */
package rectify.ledger.ui.actions;
