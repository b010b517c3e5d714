package rectify.diagram.editor;

import java.time.LocalDate;
import java.util.EventObject;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.MouseWheelHandler;
import org.eclipse.gef.MouseWheelZoomHandler;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.ui.palette.FlyoutPaletteComposite.FlyoutPreferences;
import org.eclipse.gef.ui.parts.GraphicalEditorWithFlyoutPalette;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;

import rectify.chain.view.Diagram;
import rectify.diagram.Messages;
import rectify.diagram.actions.Arrangement;
import rectify.diagram.commands.SharedCommandStack;
import rectify.diagram.parts.DiagramPartFactory;
import rectify.diagram.parts.DiagramRootEditPart;
import rectify.model.Review;
import rectify.ui.preferences.RectifyPreferences;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;
import rectify.ui.registers.RegisterListener;
import rectify.ui.registers.Saving;

/**
 * The diagram of one review: problems, causes and measures in three lanes with their links.
 * Its input is a {@link rectify.ui.editors.RegisterElementInput} of the review or its record.
 * Every edit goes through the register's one command stack; saving saves the register. A new
 * diagram (a review without layout) is laid out when it opens, as one undoable command.
 */
public final class DiagramEditor extends GraphicalEditorWithFlyoutPalette {

    /** The editor's id, as declared in plugin.xml. */
    public static final String ID = "rectify.diagram.editor";

    private static final double[] ZOOM_LEVELS = { 0.1, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4 };

    private OpenRegister register;
    private Review review;
    private Diagram diagram;
    private DiagramBar bar;
    private final RegisterListener registerListener = this::registerChanged;
    private Runnable stopFollowingThresholds;
    private final Adapter titleFollower = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification notification) {
            setPartName(OpenDiagram.name(review));
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        review = OpenDiagram.reviewOf(input);
        register = OpenRegisters.get().of(review).orElseThrow(() -> new PartInitException(Messages.openNotInRegister));
        diagram = new Diagram(review, register.domain(), RectifyPreferences.thresholds(), LocalDate::now);
        diagram.setDiagnostics(register.diagnostics());
        DefaultEditDomain domain = new DefaultEditDomain(this);
        domain.setCommandStack(new SharedCommandStack((BasicCommandStack) register.domain().getCommandStack()));
        setEditDomain(domain);
        super.init(site, input);
        setPartName(OpenDiagram.name(review));
        if (review.eContainer() != null) {
            review.eContainer().eAdapters().add(titleFollower);
        }
        OpenRegisters.get().addListener(registerListener);
        stopFollowingThresholds = RectifyPreferences.onThresholdsChange(() -> getSite().getShell().getDisplay()
                .asyncExec(() -> diagram.setThresholds(RectifyPreferences.thresholds())));
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite editor = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(editor);
        bar = new DiagramBar(editor, diagram, OpenRegisters.get().adapterFactory());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar.control());
        Composite body = new Composite(editor, SWT.NONE);
        body.setLayout(new FillLayout());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        super.createPartControl(body);
        bar.fill(getActionRegistry(), zoom());
    }

    @Override
    protected void createActions() {
        super.createActions();
        EditorActions.create(this, getActionRegistry(), castList(getSelectionActions()), castList(getStackActions()));
    }

    @Override
    protected void configureGraphicalViewer() {
        super.configureGraphicalViewer();
        GraphicalViewer viewer = getGraphicalViewer();
        ScalableFreeformRootEditPart root = new DiagramRootEditPart();
        viewer.setRootEditPart(root);
        viewer.setEditPartFactory(new DiagramPartFactory());
        root.getZoomManager().setZoomLevels(ZOOM_LEVELS);
        root.getZoomManager()
                .setZoomLevelContributions(List.of(ZoomManager.FIT_ALL, ZoomManager.FIT_WIDTH, ZoomManager.FIT_HEIGHT));
        EditorActions.createZoom(getActionRegistry(), root.getZoomManager());
        viewer.setKeyHandler(EditorActions.keys(viewer, getActionRegistry()));
        viewer.setProperty(MouseWheelHandler.KeyGenerator.getKey(SWT.MOD1), MouseWheelZoomHandler.SINGLETON);
        DiagramContextMenu menu = new DiagramContextMenu(viewer, getActionRegistry());
        viewer.setContextMenu(menu);
        getSite().registerContextMenu(menu, viewer);
    }

    @Override
    protected void initializeGraphicalViewer() {
        super.initializeGraphicalViewer();
        getGraphicalViewer().setContents(diagram);
        if (diagram.isNew() && !diagram.elements().isEmpty()) {
            getCommandStack().execute(Arrangement.command(getGraphicalViewer()));
        }
    }

    @Override
    protected FlyoutPreferences getPalettePreferences() {
        return new PalettePreferences();
    }

    @Override
    protected PaletteRoot getPaletteRoot() {
        return DiagramPalette.create();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (!Saving.save(getSite().getShell(), register) && monitor != null) {
            monitor.setCanceled(true);
        }
    }

    @Override
    public boolean isDirty() {
        return register.isDirty();
    }

    @Override
    public void commandStackChanged(EventObject event) {
        super.commandStackChanged(event);
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object getAdapter(Class type) {
        if (type == ZoomManager.class) {
            return zoom();
        }
        if (type == Diagram.class) {
            return diagram;
        }
        if (type == IContentOutlinePage.class) {
            return new ThumbnailOutline(getGraphicalViewer());
        }
        if (type == IPropertySheetPage.class) {
            return DiagramProperties.page(register.domain(), OpenRegisters.get().adapterFactory());
        }
        return super.getAdapter(type);
    }

    @Override
    public void dispose() {
        stopFollowingThresholds.run();
        OpenRegisters.get().removeListener(registerListener);
        if (review.eContainer() != null) {
            review.eContainer().eAdapters().remove(titleFollower);
        }
        getCommandStack().dispose();
        super.dispose();
    }

    private ZoomManager zoom() {
        return ((ScalableFreeformRootEditPart) getGraphicalViewer().getRootEditPart()).getZoomManager();
    }

    private void registerChanged(OpenRegister changed, RegisterListener.Change change) {
        if (changed != register) {
            return;
        }
        switch (change) {
            case CLOSED -> close();
            case SAVED -> firePropertyChange(PROP_DIRTY);
            case DIAGNOSTICS -> diagram.setDiagnostics(register.diagnostics());
            case CONTENT -> {
                if (review.eResource() == null) {
                    close();
                } else if (bar != null) {
                    bar.refresh();
                }
            }
            default -> {
                // opened: this register was open before the editor
            }
        }
    }

    private void close() {
        if (!getSite().getShell().isDisposed()) {
            getSite().getShell().getDisplay().asyncExec(() -> getSite().getPage().closeEditor(this, false));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(List<?> list) {
        return (List<String>) list;
    }
}
