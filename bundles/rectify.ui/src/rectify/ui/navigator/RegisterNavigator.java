package rectify.ui.navigator;

import org.eclipse.emf.edit.ui.provider.AdapterFactoryContentProvider;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

import rectify.ui.registers.OpenRegisters;
import rectify.ui.registers.RegisterListener;
import rectify.ui.registers.RegisterListener.Change;

/**
 * The open registers and their records, grouped by year; the selection feeds the Properties view.
 * Other bundles add to its context menu ({@code popup:rectify.ui.navigator}).
 */
public final class RegisterNavigator extends ViewPart {

    /** The view's id, as declared in plugin.xml. */
    public static final String ID = "rectify.ui.navigator";

    private final RegisterListener refresh = (register, change) -> refresh(change);
    private TreeViewer viewer;

    @Override
    public void createPartControl(Composite parent) {
        OpenRegisters open = OpenRegisters.get();
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new NavigatorContentProvider(open.adapterFactory()));
        viewer.setLabelProvider(new NavigatorLabelProvider(open.adapterFactory()));
        viewer.setInput(open);
        viewer.expandToLevel(3);
        getSite().setSelectionProvider(viewer);
        MenuManager menu = new MenuManager();
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
        open.addListener(refresh);
    }

    private void refresh(Change change) {
        // the content provider follows changes of the model itself
        if (change == Change.CONTENT || viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.refresh();
        if (change == Change.OPENED) {
            viewer.expandToLevel(3);
        }
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
        OpenRegisters.get().removeListener(refresh);
        super.dispose();
    }
}
