package rectify.ui.navigator;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.ui.dnd.EditingDomainViewerDropAdapter;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetEvent;

import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/**
 * Drops of elements dragged in the navigator: EMF's drag-and-drop commands (move before, after
 * or into the element under the pointer), within one register only, on that register's command
 * stack, with the moved problems, causes and measures numbered in their new order in the same
 * command.
 */
final class NavigatorDropAdapter extends EditingDomainViewerDropAdapter {

    NavigatorDropAdapter(Viewer viewer) {
        super(null, viewer);
    }

    @Override
    protected void helper(DropTargetEvent event) {
        if (source == null) {
            source = getDragSource(event);
        }
        OpenRegister register = registerOf(source, extractDropTarget(event.item));
        if (register == null) {
            event.detail = DND.DROP_NONE;
            event.feedback = getAutoFeedback();
            return;
        }
        domain = register.domain();
        super.helper(event);
    }

    @Override
    public void drop(DropTargetEvent event) {
        Command move = dragAndDropCommandInformation == null || domain == null ? null
                : dragAndDropCommandInformation.createCommand();
        if (move != null && move.canExecute()) {
            domain.getCommandStack().execute(reorder(domain, move, source));
        } else {
            event.detail = DND.DROP_NONE;
            if (move != null) {
                move.dispose();
            }
        }
        if (command != null) {
            command.dispose();
        }
        command = null;
        commandTarget = null;
        source = null;
        dragAndDropCommandInformation = null;
    }

    /** @return a move followed by the renumbering of what it moves, as one command */
    static Command reorder(EditingDomain domain, Command move, Collection<?> moved) {
        CompoundCommand reorder = new CompoundCommand(Messages.moveCommand);
        reorder.append(move);
        reorder.append(new Renumbering(domain, moved));
        return reorder;
    }

    /**
     * @return the open register that holds every dragged element and the target; null when they
     *         are not all elements of one register
     */
    static OpenRegister registerOf(Collection<?> dragged, Object target) {
        if (dragged == null || dragged.isEmpty() || !(target instanceof EObject targetElement)) {
            return null;
        }
        OpenRegister register = OpenRegisters.get().of(targetElement).orElse(null);
        for (Object element : dragged) {
            if (!(element instanceof EObject object) || register == null || !register.contains(object)) {
                return null;
            }
        }
        return register;
    }
}
