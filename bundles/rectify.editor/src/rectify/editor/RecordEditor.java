package rectify.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryContentProvider;
import org.eclipse.emf.edit.ui.view.ExtendedPropertySheetPage;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.part.IShowInTarget;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;

import rectify.core.io.RegisterFileException;
import rectify.editor.fields.Field;
import rectify.editor.pages.ArchivalPage;
import rectify.editor.pages.OverviewPage;
import rectify.editor.pages.PreparationPage;
import rectify.editor.pages.ReviewPage;
import rectify.model.Meeting;
import rectify.model.Record;
import rectify.ui.editors.RegisterElementInput;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;
import rectify.ui.registers.RegisterListener;
import rectify.ui.registers.Saving;

/**
 * The editor of one record: overview, preparation (meetings), review and archive pages. It edits
 * through the file's one command stack, shared with every other editor and view of the file;
 * saving saves the whole register.
 */
public final class RecordEditor extends FormEditor implements IEditingDomainProvider {

    /** The editor's id, as declared in plugin.xml. */
    public static final String ID = "rectify.editor.record";

    private OpenRegister register;
    private Record record;
    private final RegisterListener listener = this::registerChanged;
    private final Listener typing = event -> {
        if (event.widget instanceof Control control && isMine(control)) {
            firePropertyChange(PROP_DIRTY);
        }
    };
    private final Adapter titleFollower = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification notification) {
            setPartName(title());
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof RegisterElementInput elementInput)) {
            throw new PartInitException(NLS.bind(Messages.notARecord, input.getName()));
        }
        try {
            EObject element = elementInput.element();
            if (!(element instanceof Record found)) {
                throw new PartInitException(NLS.bind(Messages.notARecord, input.getName()));
            }
            record = found;
            register = elementInput.register();
        } catch (RegisterFileException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        super.init(site, input);
        setPartName(title());
        record.eAdapters().add(titleFollower);
        OpenRegisters.get().addListener(listener);
    }

    @Override
    protected void addPages() {
        try {
            addPage(new OverviewPage(this, register, record));
            if (record instanceof Meeting meeting) {
                addPage(new PreparationPage(this, register, meeting));
            }
            addPage(new ReviewPage(this, register, record));
            addPage(new ArchivalPage(this, register, record));
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
        getContainer().getDisplay().addFilter(SWT.Modify, typing);
    }

    /** @return the open register the record belongs to */
    public OpenRegister register() {
        return register;
    }

    /** @return the record edited */
    public Record record() {
        return record;
    }

    /** Shows {@code element} of the record: its review's page with the element selected, else the overview. */
    public void reveal(EObject element) {
        if (record.getReview() != null && EcoreUtil.isAncestor(record.getReview(), element)) {
            ((ReviewPage) setActivePage("review")).select(element);
        } else {
            setActivePage("overview");
        }
    }

    @Override
    public EditingDomain getEditingDomain() {
        return register.domain();
    }

    /** @return true with changes not saved, typed text not yet committed included */
    @Override
    public boolean isDirty() {
        return register.isDirty() || pendingText() != null;
    }

    /** Undoes every change since the last save, typed text not yet committed included. */
    public void revert() {
        Text pending = pendingText();
        if (pending != null) {
            pending.setData(Field.PENDING, null);
            getContainer().setFocus();
        }
        register.revert();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        Text pending = pendingText();
        if (pending != null) {
            pending.notifyListeners(SWT.FocusOut, new Event());
        }
        if (!Saving.save(getSite().getShell(), register) && monitor != null) {
            monitor.setCanceled(true);
        }
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void doSaveAs() {
        Saving.saveAs(getSite().getShell(), register);
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IShowInTarget.class) {
            return type.cast((IShowInTarget) context -> {
                Object shown = context.getSelection() instanceof IStructuredSelection selection
                        ? selection.getFirstElement()
                        : context.getInput();
                if (shown instanceof EObject element && EcoreUtil.isAncestor(record, element)) {
                    reveal(element);
                    return true;
                }
                return false;
            });
        }
        if (type == IContentOutlinePage.class) {
            return type.cast(new RecordOutline(this));
        }
        if (type == IPropertySheetPage.class) {
            ExtendedPropertySheetPage page = new ExtendedPropertySheetPage(register.domain());
            page.setPropertySourceProvider(new AdapterFactoryContentProvider(OpenRegisters.get().adapterFactory()));
            return type.cast(page);
        }
        return super.getAdapter(type);
    }

    private void registerChanged(OpenRegister changed, RegisterListener.Change change) {
        if (changed != register) {
            return;
        }
        if (change == RegisterListener.Change.CLOSED || record.eResource() == null) {
            getSite().getPage().closeEditor(this, false);
        } else if (change == RegisterListener.Change.CONTENT || change == RegisterListener.Change.SAVED) {
            firePropertyChange(PROP_DIRTY);
        }
    }

    private Text pendingText() {
        Control focus = getSite().getShell().getDisplay().getFocusControl();
        return focus instanceof Text text && isMine(text) && Boolean.TRUE.equals(text.getData(Field.PENDING)) ? text
                : null;
    }

    private boolean isMine(Control control) {
        Composite container = getContainer();
        for (Control c = control; c != null && container != null; c = c.getParent()) {
            if (c == container) {
                return true;
            }
        }
        return false;
    }

    private String title() {
        String title = record.getTitle();
        return title == null || title.isBlank() ? Messages.untitled : title;
    }

    @Override
    public void dispose() {
        OpenRegisters.get().removeListener(listener);
        getSite().getShell().getDisplay().removeFilter(SWT.Modify, typing);
        if (record != null) {
            record.eAdapters().remove(titleFollower);
        }
        super.dispose();
    }
}
