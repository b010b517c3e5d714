package rectify.ui.overview;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.part.EditorPart;

import rectify.core.io.RegisterFileException;
import rectify.ui.editors.RegisterElementInput;
import rectify.ui.navigator.RegisterNavigator;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;
import rectify.ui.registers.RegisterListener.Change;
import rectify.ui.registers.RegisterListener;
import rectify.ui.registers.RegisterSaveable;
import rectify.ui.registers.Saving;

/**
 * The overview of a register: its organization and fonds code, and its records with their state
 * and closed-loop check, each a link that opens the record. It opens for a register of the
 * navigator and, in an Eclipse IDE, for a {@code .rectify} file of the workspace (content type
 * {@code rectify.core.register}): the file is then opened as a register, shown in the Registers
 * view, and edited there and in the record editor; saving saves the register.
 */
public final class RegisterOverview extends EditorPart implements ISaveablesSource {

    /** The editor's id, as declared in plugin.xml. */
    public static final String ID = "rectify.ui.registerOverview"; //$NON-NLS-1$

    private final RegisterListener listener = this::registerChanged;
    private OpenRegister register;
    private OverviewForm form;

    /** @return the input of the overview of an open register */
    public static IEditorInput inputOf(OpenRegister register) {
        return new RegisterElementInput(register, register.register(), register.file().getFileName().toString());
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        try {
            register = input instanceof RegisterElementInput element ? element.register()
                    : OpenRegisters.get().open(fileOf(input));
        } catch (RegisterFileException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        setSite(site);
        setInput(input);
        setPartName(register.file().getFileName().toString());
        setTitleToolTip(register.file().toString());
        OpenRegisters.get().addListener(listener);
        if (!(input instanceof RegisterElementInput)) {
            site.getShell().getDisplay().asyncExec(this::showInNavigator);
        }
    }

    private static Path fileOf(IEditorInput input) throws PartInitException {
        Path file = IdeFiles.fileOf(input);
        if (file == null && input instanceof IPathEditorInput pathInput) {
            file = pathInput.getPath().toFile().toPath();
        }
        if (file == null) {
            throw new PartInitException(NLS.bind(Messages.notAFile, input.getName()));
        }
        return file;
    }

    /** Shows the register in the Registers view, as a file opened from the IDE is not there yet. */
    private void showInNavigator() {
        IWorkbenchPage page = getSite().getPage();
        if (register != null && OpenRegisters.get().registers().contains(register) && page != null) {
            try {
                RegisterNavigator.reveal(page, register.register());
            } catch (PartInitException e) {
                MessageDialog.openError(getSite().getShell(), getPartName(), e.getMessage());
            }
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        form = new OverviewForm(parent, register, getSite());
    }

    private void registerChanged(OpenRegister changed, Change change) {
        if (changed != register) {
            return;
        }
        if (change == Change.CLOSED) {
            getSite().getPage().closeEditor(this, false);
            return;
        }
        if (change == Change.SAVED) {
            IdeFiles.refresh(getEditorInput());
            setPartName(register.file().getFileName().toString());
            setTitleToolTip(register.file().toString());
        }
        if (change == Change.CONTENT || change == Change.SAVED) {
            firePropertyChange(PROP_DIRTY);
        }
        if (form != null && change != Change.OPENED) {
            form.refresh();
        }
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (!Saving.save(getSite().getShell(), register) && monitor != null) {
            monitor.setCanceled(true);
        }
    }

    @Override
    public void doSaveAs() {
        Saving.saveAs(getSite().getShell(), register);
    }

    @Override
    public boolean isDirty() {
        return register.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public Saveable[] getSaveables() {
        return new Saveable[] { new RegisterSaveable(register) };
    }

    @Override
    public Saveable[] getActiveSaveables() {
        return getSaveables();
    }

    @Override
    public void setFocus() {
        form.setFocus();
    }

    @Override
    public void dispose() {
        OpenRegisters.get().removeListener(listener);
        if (form != null) {
            form.dispose();
        }
        super.dispose();
    }
}
