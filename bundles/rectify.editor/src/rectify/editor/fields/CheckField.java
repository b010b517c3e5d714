package rectify.editor.fields;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** A yes/no property. */
final class CheckField extends Field {

    private final Button check;

    CheckField(FormToolkit toolkit, Composite parent, EObject owner, IItemPropertyDescriptor descriptor) {
        super(owner, descriptor);
        check = toolkit.createButton(parent, "", SWT.CHECK);
        check.setEnabled(editable());
        check.addListener(SWT.Selection, event -> commit(check.getSelection()));
        refresh();
    }

    @Override
    public Control control() {
        return check;
    }

    @Override
    protected void refresh() {
        check.setSelection(Boolean.TRUE.equals(value()));
    }
}
