package rectify.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import rectify.ui.navigator.RegisterNavigator;
import rectify.ui.validation.ClosedLoopView;

/**
 * The "Records" perspective: the editor area in the middle, the register navigator and (once a
 * record is open) the outline on the left, the closed-loop check and the properties of the selection below; File ›
 * New offers new registers, meetings and inspections.
 */
public final class RecordsPerspective implements IPerspectiveFactory {

    /** The perspective's id, as declared in plugin.xml. */
    public static final String ID = "rectify.ui.records"; //$NON-NLS-1$

    private static final String[] NEW_WIZARDS = { "rectify.ui.wizards.newRegister", //$NON-NLS-1$
            "rectify.ui.wizards.newMeeting", "rectify.ui.wizards.newInspection" }; //$NON-NLS-1$ //$NON-NLS-2$

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.28f, editors); //$NON-NLS-1$
        left.addView(RegisterNavigator.ID);
        // the outline shows when a record's editor opens (RecordEditors): on the start page it has nothing to show
        layout.addPlaceholder(IPageLayout.ID_OUTLINE, IPageLayout.BOTTOM, 0.65f, RegisterNavigator.ID);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.68f, editors); //$NON-NLS-1$
        bottom.addView(ClosedLoopView.ID);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(RegisterNavigator.ID);
        layout.addShowViewShortcut(ClosedLoopView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        for (String wizard : NEW_WIZARDS) {
            layout.addNewWizardShortcut(wizard);
        }
    }
}
