/**
 * The workflow of a measure, planned → in progress → done → closed (销号), as EMF commands with
 * rules: each change is one command on the register's command stack (one undo), made only when
 * the rules allow it, otherwise refused with a {@link rectify.ledger.workflow.WorkflowException}
 * that says why in the user's language.
 */
package rectify.ledger.workflow;
