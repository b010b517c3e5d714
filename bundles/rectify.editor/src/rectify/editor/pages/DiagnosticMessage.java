package rectify.editor.pages;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.IMessage;

/** A diagnostic of the closed-loop rules as a message of a form's heading. */
record DiagnosticMessage(Diagnostic diagnostic, EObject element, int type) implements IMessage {

    @Override
    public Object getKey() {
        return diagnostic;
    }

    @Override
    public Object getData() {
        return element;
    }

    @Override
    public Control getControl() {
        return null;
    }

    @Override
    public String getPrefix() {
        return null;
    }

    @Override
    public String getMessage() {
        return diagnostic.getMessage();
    }

    @Override
    public int getMessageType() {
        return type;
    }
}
