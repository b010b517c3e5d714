package rectify.editor.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import rectify.editor.fields.Field;
import rectify.editor.fields.FieldFactory;

/** A two-column form showing the fields of one object at a time. */
final class DetailsPane {

    private final Composite body;
    private final FieldFactory fields;
    private final ScrolledForm form;
    private final List<Field> shown = new ArrayList<>();

    DetailsPane(Composite body, FieldFactory fields, ScrolledForm form) {
        this.body = body;
        this.fields = fields;
        this.form = form;
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
    }

    /** Shows the fields of {@code element}, or nothing for null. */
    void show(EObject element, Set<EStructuralFeature> skip) {
        clear();
        if (element != null) {
            shown.addAll(fields.create(body, element, skip));
        }
        body.layout(true, true);
        form.reflow(true);
    }

    void clear() {
        shown.forEach(Field::dispose);
        shown.clear();
        for (Control child : body.getChildren()) {
            child.dispose();
        }
    }
}
