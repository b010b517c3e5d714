package rectify.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import rectify.ui.navigator.RegisterNavigator;

/**
 * The "Records" perspective: the editor area in the middle, the register navigator and the
 * outline on the left, the properties of the selection below.
 */
public final class RecordsPerspective implements IPerspectiveFactory {

    /** The perspective's id, as declared in plugin.xml. */
    public static final String ID = "rectify.ui.records";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.28f, editors);
        left.addView(RegisterNavigator.ID);
        layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.BOTTOM, 0.65f, RegisterNavigator.ID);
        layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.BOTTOM, 0.7f, editors);
        layout.addShowViewShortcut(RegisterNavigator.ID);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
    }
}
