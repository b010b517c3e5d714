package rectify.editor.fields;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Several values out of a list: the links of a problem to its causes and measures, the
 * attendees of a meeting, the channels of a solicitation. Picked in a dialog with check boxes.
 */
final class ListField extends Field {

    private final Composite row;
    private final Label values;

    ListField(FormToolkit toolkit, Composite parent, EObject owner, IItemPropertyDescriptor descriptor) {
        super(owner, descriptor);
        row = toolkit.createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
        values = toolkit.createLabel(row, "", SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(values);
        Button choose = toolkit.createButton(row, Messages.choose, SWT.PUSH);
        choose.setEnabled(editable());
        choose.addListener(SWT.Selection, event -> choose());
        refresh();
    }

    @Override
    public Control control() {
        return row;
    }

    @Override
    protected void refresh() {
        values.setText(current().stream().map(this::label).collect(Collectors.joining("；")));
        row.layout();
    }

    private List<?> current() {
        return value() instanceof List<?> list ? list : List.of();
    }

    private void choose() {
        Collection<?> offered = descriptor().getChoiceOfValues(owner());
        List<Object> choices = new ArrayList<>(offered == null ? List.of() : offered);
        choices.remove(null);
        ListSelectionDialog dialog = ListSelectionDialog.of(choices)
                .contentProvider(ArrayContentProvider.getInstance())
                .labelProvider(new LabelProvider() {
                    @Override
                    public String getText(Object element) {
                        return label(element);
                    }
                })
                .message(descriptor().getDisplayName(owner()))
                .preselect(current().toArray())
                .create(row.getShell());
        dialog.setTitle(descriptor().getDisplayName(owner()));
        if (dialog.open() == Window.OK) {
            List<Object> chosen = new ArrayList<>(List.of(dialog.getResult()));
            chosen.sort((a, b) -> Integer.compare(choices.indexOf(a), choices.indexOf(b)));
            commit(chosen);
        }
    }
}
