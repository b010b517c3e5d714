package rectify.editor.fields;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** One value out of a list: an enum literal or an element of the register (a person, a unit). */
final class ChoiceField extends Field {

    private final CCombo combo;
    private final List<Object> choices = new ArrayList<>();

    ChoiceField(FormToolkit toolkit, Composite parent, EObject owner, IItemPropertyDescriptor descriptor) {
        super(owner, descriptor);
        combo = new CCombo(parent, SWT.READ_ONLY | SWT.FLAT | SWT.BORDER);
        toolkit.adapt(combo);
        combo.setEnabled(editable());
        // the wheel scrolls the form past a field; it changes the value only of a field being edited
        combo.addListener(SWT.MouseWheel, event -> event.doit = combo.isFocusControl());
        combo.addListener(SWT.Selection, event -> {
            int index = combo.getSelectionIndex();
            if (index >= 0) {
                commit(choices.get(index));
            }
        });
        refresh();
    }

    @Override
    public Control control() {
        return combo;
    }

    @Override
    protected void refresh() {
        choices.clear();
        Collection<?> offered = descriptor().getChoiceOfValues(owner());
        if (offered != null) {
            choices.addAll(offered);
        }
        Object value = value();
        if (!choices.contains(value)) {
            choices.add(0, value);
        }
        combo.setItems(choices.stream().map(this::label).toArray(String[]::new));
        combo.select(choices.indexOf(value));
    }
}
