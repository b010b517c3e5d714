package rectify.editor.fields;

import java.util.Objects;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.swt.widgets.Control;

/**
 * A form field editing one property of one object. Values are read from the object and written
 * through its item property descriptor, which executes a command on the file's command stack
 * (so every edit can be undone). The field follows changes made elsewhere (undo, other views).
 */
public abstract class Field {

    /**
     * Data key set on a text control while it holds typed text not yet committed, so an editor
     * can count it as unsaved and commit it before saving.
     */
    public static final String PENDING = "rectify.editor.pending";

    private final EObject owner;
    private final IItemPropertyDescriptor descriptor;
    private final Adapter listener = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification notification) {
            if (notification.getFeature() == feature() && !notification.isTouch() && !control().isDisposed()) {
                refresh();
            }
        }
    };

    protected Field(EObject owner, IItemPropertyDescriptor descriptor) {
        this.owner = owner;
        this.descriptor = descriptor;
        owner.eAdapters().add(listener);
    }

    /** @return the control that shows and edits the value */
    public abstract Control control();

    /** Shows the object's current value (not while the user is typing in it). */
    protected abstract void refresh();

    protected final EObject owner() {
        return owner;
    }

    protected final IItemPropertyDescriptor descriptor() {
        return descriptor;
    }

    protected final EStructuralFeature feature() {
        return (EStructuralFeature) descriptor.getFeature(owner);
    }

    protected final Object value() {
        return owner.eGet(feature());
    }

    /** @return true when the user may change the value */
    protected final boolean editable() {
        return descriptor.canSetProperty(owner) && feature().isChangeable() && !feature().isDerived();
    }

    /** @return the label of a value (an enum literal, an element) in the UI's language */
    protected final String label(Object value) {
        return value == null ? "" : descriptor.getLabelProvider(owner).getText(value);
    }

    /** Sets the value through a command, unless it is unchanged. */
    protected final void commit(Object newValue) {
        if (!Objects.equals(newValue, value())) {
            descriptor.setPropertyValue(owner, newValue);
        }
    }

    /** Stops following the object. */
    public void dispose() {
        owner.eAdapters().remove(listener);
    }
}
