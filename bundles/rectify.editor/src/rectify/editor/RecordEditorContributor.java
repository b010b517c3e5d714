package rectify.editor;

import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;

/** Undo, redo and revert of the record editor, on the file's command stack. */
public final class RecordEditorContributor extends MultiPageEditorActionBarContributor {

    private final CommandStackAction undo = new CommandStackAction(true);
    private final CommandStackAction redo = new CommandStackAction(false);
    private final Action revert = new Action(Messages.revert) {
        @Override
        public void run() {
            if (editor != null) {
                editor.revert();
            }
        }
    };
    private RecordEditor editor;

    @Override
    public void init(IActionBars bars) {
        super.init(bars);
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), revert);
    }

    @Override
    public void setActiveEditor(IEditorPart part) {
        super.setActiveEditor(part);
        editor = part instanceof RecordEditor recordEditor ? recordEditor : null;
        var stack = part instanceof IEditingDomainProvider provider ? provider.getEditingDomain().getCommandStack()
                : null;
        undo.setStack(stack);
        redo.setStack(stack);
        getActionBars().updateActionBars();
    }

    @Override
    public void setActivePage(IEditorPart activeEditor) {
        // the pages are forms of one editor: the same stack throughout
    }

    @Override
    public void dispose() {
        undo.setStack(null);
        redo.setStack(null);
        super.dispose();
    }
}
