package peer.rcp;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** One view, no editor area. */
public final class Perspective implements IPerspectiveFactory {

    static final String ID = "peer.rcp.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addView(View.ID, IPageLayout.LEFT, 1.0f, layout.getEditorArea());
    }
}
