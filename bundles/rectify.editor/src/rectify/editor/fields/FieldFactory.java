package rectify.editor.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

import rectify.model.RectifyPackage.Literals;

/**
 * Builds the fields of an object's properties, labelled in the UI's language by the model's item
 * providers, into a two-column form: a label, then the field.
 */
public final class FieldFactory {

    /** Long texts: written over several lines. */
    private static final Set<EAttribute> LONG_TEXTS = Set.of(Literals.PROBLEM__EXPLANATION, Literals.CAUSE__ANALYSIS,
            Literals.MEASURE__TEXT, Literals.EXAMPLE__TEXT, Literals.ASPECT__TITLE, Literals.ASPECT__SUMMARY,
            Literals.REVIEW__CAUSES_INTRO,
            Literals.REVIEW__DIRECTIONS_INTRO, Literals.TALK__SUMMARY, Literals.MEETING__MINUTES,
            Literals.OPINION__TEXT, Literals.OPINION__REASON, Literals.PROGRESS_ENTRY__TEXT,
            Literals.VERIFICATION__REMARKS, Literals.DEADLINE_CHANGE__REASON, Literals.CRITICISM__TEXT,
            Literals.DIRECTION__HEADING, Literals.DIRECTION__SUMMARY);
    private static final int LONG_TEXT_HEIGHT = 90;

    private final FormToolkit toolkit;
    private final AdapterFactory adapterFactory;

    public FieldFactory(FormToolkit toolkit, AdapterFactory adapterFactory) {
        this.toolkit = toolkit;
        this.adapterFactory = adapterFactory;
    }

    /**
     * Adds label and field for each of the object's properties, in the model's order, except
     * those in {@code skip}.
     *
     * @return the fields, to dispose with the form
     */
    public List<Field> create(Composite form, EObject owner, Set<EStructuralFeature> skip) {
        List<Field> fields = new ArrayList<>();
        IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(owner, IItemPropertySource.class);
        if (source == null) {
            return fields;
        }
        for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(owner)) {
            EStructuralFeature feature = (EStructuralFeature) descriptor.getFeature(owner);
            if (skip.contains(feature)) {
                continue;
            }
            Label label = toolkit.createLabel(form, descriptor.getDisplayName(owner));
            label.setToolTipText(descriptor.getDescription(owner));
            Field field = create(form, owner, descriptor, feature);
            boolean tall = LONG_TEXTS.contains(feature) || feature.isMany() && field instanceof TextField;
            GridDataFactory.swtDefaults().align(SWT.FILL, tall ? SWT.BEGINNING : SWT.CENTER).applyTo(label);
            GridDataFactory.fillDefaults().grab(true, false).hint(200, tall ? LONG_TEXT_HEIGHT : SWT.DEFAULT)
                    .applyTo(field.control());
            fields.add(field);
        }
        return fields;
    }

    private Field create(Composite form, EObject owner, IItemPropertyDescriptor descriptor,
            EStructuralFeature feature) {
        boolean choice = feature instanceof EReference || feature.getEType() instanceof EEnum;
        if (feature.isMany() && choice) {
            return new ListField(toolkit, form, owner, descriptor);
        }
        if (choice) {
            return new ChoiceField(toolkit, form, owner, descriptor);
        }
        if (feature.getEType().getInstanceClass() == boolean.class) {
            return new CheckField(toolkit, form, owner, descriptor);
        }
        return new TextField(toolkit, form, owner, descriptor, LONG_TEXTS.contains(feature));
    }
}
