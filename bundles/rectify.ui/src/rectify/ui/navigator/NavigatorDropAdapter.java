package rectify.ui.navigator;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.ui.dnd.EditingDomainViewerDropAdapter;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.ui.IWorkbenchWindow;

import rectify.chain.commands.Renumbering;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;
import rectify.ui.registers.Selections;

/**
 * Drops of elements dragged in the navigator: EMF's drag-and-drop commands (move before, after
 * or into the element under the pointer), within one register only, on that register's command
 * stack, with the moved problems, causes and measures numbered in their new order in the same
 * command. Files dragged from elsewhere go to {@link FileDrops}, for the register under the pointer.
 */
final class NavigatorDropAdapter extends EditingDomainViewerDropAdapter {

    private final IWorkbenchWindow window;

    NavigatorDropAdapter(Viewer viewer, IWorkbenchWindow window) {
        super(null, viewer);
        this.window = window;
    }

    private static boolean isFileDrag(DropTargetEvent event) {
        return FileTransfer.getInstance().isSupportedType(event.currentDataType);
    }

    /**
     * Accepts files as a copy (or a link, when the source offers only that).
     *
     * @return whether the drag is one of files, which the event now answers
     */
    private static boolean acceptFiles(DropTargetEvent event) {
        if (!isFileDrag(event)) {
            return false;
        }
        event.detail = (event.operations & DND.DROP_COPY) != 0 ? DND.DROP_COPY
                : (event.operations & DND.DROP_LINK) != 0 ? DND.DROP_LINK : DND.DROP_NONE;
        event.feedback = DND.FEEDBACK_SELECT | DND.FEEDBACK_SCROLL | DND.FEEDBACK_EXPAND;
        return true;
    }

    @Override
    public void dragEnter(DropTargetEvent event) {
        if (!acceptFiles(event)) {
            super.dragEnter(event);
        }
    }

    @Override
    public void dragOver(DropTargetEvent event) {
        if (!acceptFiles(event)) {
            super.dragOver(event);
        }
    }

    @Override
    public void dragOperationChanged(DropTargetEvent event) {
        if (!acceptFiles(event)) {
            super.dragOperationChanged(event);
        }
    }

    @Override
    public void dropAccept(DropTargetEvent event) {
        if (!isFileDrag(event)) {
            super.dropAccept(event);
        }
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
        if (isFileDrag(event)) {
            dropFiles(event);
            return;
        }
        Command move = dragAndDropCommandInformation == null || domain == null ? null
                : dragAndDropCommandInformation.createCommand();
        if (move != null && move.canExecute()) {
            domain.getCommandStack().execute(Renumbering.after(domain, move, source, Messages.moveCommand));
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

    /** Hands the files to {@link FileDrops} once the drop has ended: it may open dialogs. */
    private void dropFiles(DropTargetEvent event) {
        if (!(event.data instanceof String[] paths) || paths.length == 0) {
            event.detail = DND.DROP_NONE;
            return;
        }
        Object item = event.item == null ? null : event.item.getData();
        EObject element = Selections.elementOf(item);
        OpenRegister target = element == null ? null : OpenRegisters.get().of(element).orElse(null);
        List<Path> files = Arrays.stream(paths).map(Path::of).toList();
        window.getShell().getDisplay().asyncExec(() -> FileDrops.drop(window, files, target));
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
