package rectify.ui.navigator;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.ui.dnd.LocalTransfer;
import org.eclipse.emf.edit.ui.dnd.ViewerDragAdapter;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryContentProvider;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.DecoratingLabelProvider;
import org.eclipse.jface.viewers.DoubleClickEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.ISaveablesLifecycleListener;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.SaveablesLifecycleEvent;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.IShowInTarget;
import org.eclipse.ui.part.ShowInContext;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

import rectify.model.Record;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;
import rectify.ui.registers.RegisterListener.Change;
import rectify.ui.registers.RegisterListener;
import rectify.ui.registers.RegisterSaveable;
import rectify.ui.registers.Saving;
import rectify.ui.registers.Selections;

/**
 * The open registers and their records, grouped by year and kind, with the parts of each review
 * below; the selection feeds the Properties view. Elements move by drag and drop; undo, redo,
 * delete, rename, save and revert work on the register of the selection. Other bundles add to its
 * context menu ({@code popup:rectify.ui.navigator}) in the groups {@value #GROUP_OPEN},
 * {@value #GROUP_NEW}, {@value #GROUP_EDIT}, {@value #GROUP_REGISTER} and {@code additions}.
 */
public final class RegisterNavigator extends ViewPart implements ISaveablePart, ISaveablesSource, IShowInTarget {

    /** The view's id, as declared in plugin.xml. */
    public static final String ID = "rectify.ui.navigator"; //$NON-NLS-1$
    /** The context menu's group of opening commands. */
    public static final String GROUP_OPEN = "open"; //$NON-NLS-1$
    /** The context menu's group of commands that create. */
    public static final String GROUP_NEW = "new"; //$NON-NLS-1$
    /** The context menu's group of commands that change the selection. */
    public static final String GROUP_EDIT = "edit"; //$NON-NLS-1$
    /** The context menu's group of commands on the register as a file. */
    public static final String GROUP_REGISTER = "register"; //$NON-NLS-1$
    /** The command that opens the selected register or record. */
    static final String OPEN_COMMAND = "rectify.ui.open"; //$NON-NLS-1$

    private final RegisterListener listener = this::registerChanged;
    private TreeViewer viewer;
    private NavigatorActions actions;

    @Override
    public void createPartControl(Composite parent) {
        OpenRegisters open = OpenRegisters.get();
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new NavigatorContentProvider(open.adapterFactory()));
        // decorated by what other bundles declare (the state of shared registers, locked records); the
        // label itself changes at once, the decoration follows when the workbench has computed it
        viewer.setLabelProvider(
                new DecoratingLabelProvider(new NavigatorLabelProvider(open.adapterFactory(), viewer.getControl()),
                        new PromptDecorator(PlatformUI.getWorkbench().getDecoratorManager().getLabelDecorator())));
        viewer.setInput(open);
        open.registers().forEach(this::expand);
        getSite().setSelectionProvider(viewer);
        actions = new NavigatorActions(viewer, this::selectedRegister, getSite().getShell());
        actions.install(getViewSite().getActionBars());
        viewer.addSelectionChangedListener(event -> actions.update());
        viewer.addDoubleClickListener(this::doubleClicked);
        createContextMenu();
        viewer.addDragSupport(DND.DROP_MOVE, new Transfer[] { LocalTransfer.getInstance() },
                new ViewerDragAdapter(viewer));
        viewer.addDropSupport(DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_LINK,
                new Transfer[] { LocalTransfer.getInstance(), FileTransfer.getInstance() },
                new NavigatorDropAdapter(viewer, getSite().getWorkbenchWindow()));
        open.addListener(listener);
    }

    private void createContextMenu() {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
    }

    private void fillContextMenu(IMenuManager menu) {
        menu.add(new GroupMarker(GROUP_OPEN));
        menu.add(new Separator(GROUP_NEW));
        menu.add(new Separator(GROUP_EDIT));
        menu.add(new Separator(GROUP_REGISTER));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        actions.fillContextMenu(menu, GROUP_EDIT);
    }

    /** @return the register of the selection; the only one open when nothing is selected */
    private OpenRegister selectedRegister() {
        if (viewer.getSelection().isEmpty()) {
            List<OpenRegister> open = OpenRegisters.get().registers();
            return open.size() == 1 ? open.get(0) : null;
        }
        return Selections.registerOf(viewer.getSelection());
    }

    /** @return the registers with an element selected; every open register when nothing is */
    private Set<OpenRegister> selectedRegisters() {
        if (viewer.getSelection().isEmpty()) {
            return Set.copyOf(OpenRegisters.get().registers());
        }
        return Selections.items(viewer.getSelection()).stream()
                .map(Selections::elementOf)
                .filter(element -> element != null)
                .map(element -> OpenRegisters.get().of(element).orElse(null))
                .filter(register -> register != null)
                .collect(Collectors.toSet());
    }

    private void doubleClicked(DoubleClickEvent event) {
        Object item = Selections.single(event.getSelection());
        if (item instanceof NavigatorGroup) {
            viewer.setExpandedState(item, !viewer.getExpandedState(item));
            return;
        }
        try {
            getSite().getService(IHandlerService.class).executeCommand(OPEN_COMMAND, null);
        } catch (CommandException e) {
            ILog.of(getClass()).error(e.getMessage(), e);
        }
    }

    private void registerChanged(OpenRegister register, Change change) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        switch (change) {
            case OPENED -> {
                viewer.refresh();
                expand(register);
                saveablesChanged(SaveablesLifecycleEvent.POST_OPEN, register);
            }
            case CLOSED -> {
                viewer.refresh();
                saveablesChanged(SaveablesLifecycleEvent.POST_CLOSE, register);
            }
            case CONTENT, SAVED -> {
                viewer.refresh(register.register(), true);
                saveablesChanged(SaveablesLifecycleEvent.DIRTY_CHANGED, register);
                firePropertyChange(PROP_DIRTY);
            }
            case DIAGNOSTICS -> viewer.refresh(register.register(), true);
        }
        actions.update();
    }

    /** Shows a register's years, and the kinds and records of its newest year. */
    private void expand(OpenRegister register) {
        viewer.expandToLevel(register.register(), 1);
        register.register().getRecords().stream()
                .mapToInt(Record::getYear)
                .max()
                .ifPresent(year -> viewer.expandToLevel(new YearGroup(register.register(), year), 2));
    }

    private void saveablesChanged(int type, OpenRegister register) {
        ISaveablesLifecycleListener lifecycle = getSite().getService(ISaveablesLifecycleListener.class);
        lifecycle.handleLifecycleEvent(
                new SaveablesLifecycleEvent(this, type, new Saveable[] { new RegisterSaveable(register) }, false));
    }

    @Override
    public Saveable[] getSaveables() {
        return OpenRegisters.get().registers().stream().map(RegisterSaveable::new).toArray(Saveable[]::new);
    }

    @Override
    public Saveable[] getActiveSaveables() {
        return selectedRegisters().stream().map(RegisterSaveable::new).toArray(Saveable[]::new);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        boolean saved = true;
        for (OpenRegister register : selectedRegisters()) {
            saved &= !register.isDirty() || Saving.save(getSite().getShell(), register);
        }
        if (!saved && monitor != null) {
            monitor.setCanceled(true);
        }
    }

    @Override
    public void doSaveAs() {
        OpenRegister register = selectedRegister();
        if (register != null) {
            Saving.saveAs(getSite().getShell(), register);
        }
    }

    @Override
    public boolean isDirty() {
        return OpenRegisters.get().registers().stream().anyMatch(OpenRegister::isDirty);
    }

    @Override
    public boolean isSaveAsAllowed() {
        return selectedRegister() != null;
    }

    @Override
    public boolean isSaveOnCloseNeeded() {
        return isDirty();
    }

    /** Selects and reveals the elements of the context's selection. */
    @Override
    public boolean show(ShowInContext context) {
        List<?> elements = Selections.items(context.getSelection());
        if (elements.isEmpty()) {
            return false;
        }
        viewer.setSelection(new StructuredSelection(elements), true);
        return !viewer.getSelection().isEmpty();
    }

    /**
     * Shows the navigator in a page, without activating it, and selects an element there.
     *
     * @param page the workbench page
     * @param element an element of an open register
     * @throws PartInitException when the navigator cannot be shown
     */
    public static void reveal(IWorkbenchPage page, EObject element) throws PartInitException {
        RegisterNavigator navigator = (RegisterNavigator) page.showView(ID, null, IWorkbenchPage.VIEW_VISIBLE);
        navigator.show(new ShowInContext(null, new StructuredSelection(element)));
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == Control.class && viewer != null) {
            return type.cast(viewer.getControl());
        }
        if (type == IPropertySheetPage.class) {
            PropertySheetPage page = new PropertySheetPage();
            page.setPropertySourceProvider(new AdapterFactoryContentProvider(OpenRegisters.get().adapterFactory()));
            return type.cast(page);
        }
        return super.getAdapter(type);
    }

    @Override
    public void dispose() {
        OpenRegisters.get().removeListener(listener);
        super.dispose();
    }
}
