/** EMF commands that change registers the way users do, one undo each. */
package rectify.core.commands;
