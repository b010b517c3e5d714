package rectify.diagram.parts;

import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.widgets.Composite;

/**
 * A wrapping text field for a headline: long Chinese sentences wrap as in the node, and Enter
 * commits (a headline is one line), as does leaving the field; Escape cancels.
 */
final class HeadlineCellEditor extends TextCellEditor {

    HeadlineCellEditor(Composite parent) {
        super(parent, SWT.MULTI | SWT.WRAP);
    }

    @Override
    protected void keyReleaseOccured(KeyEvent event) {
        if (event.character == '\r' || event.character == '\n') {
            event.doit = false;
            fireApplyEditorValue();
            deactivate();
            return;
        }
        super.keyReleaseOccured(event);
    }
}
