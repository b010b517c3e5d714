/**
 * The edits of the diagram as EMF commands on the register's one command stack, and the thin
 * bridge that lets GEF execute them there: {@link rectify.diagram.commands.SharedCommandStack}.
 */
package rectify.diagram.commands;
