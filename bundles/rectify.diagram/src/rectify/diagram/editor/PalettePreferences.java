package rectify.diagram.editor;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.draw2d.PositionConstants;
import org.eclipse.gef.ui.palette.FlyoutPaletteComposite;
import org.eclipse.gef.ui.palette.FlyoutPaletteComposite.FlyoutPreferences;

/**
 * Where the palette sits, whether it is open and how wide, kept in the bundle's preferences.
 * A new user sees it open on the right of the diagram.
 */
final class PalettePreferences implements FlyoutPreferences {

    private static final String DOCK = "palette.dock";
    private static final String STATE = "palette.state";
    private static final String WIDTH = "palette.width";

    private final IEclipsePreferences node = InstanceScope.INSTANCE.getNode("rectify.diagram");

    @Override
    public int getDockLocation() {
        return node.getInt(DOCK, PositionConstants.EAST);
    }

    @Override
    public int getPaletteState() {
        return node.getInt(STATE, FlyoutPaletteComposite.STATE_PINNED_OPEN);
    }

    @Override
    public int getPaletteWidth() {
        return node.getInt(WIDTH, 190);
    }

    @Override
    public void setDockLocation(int location) {
        node.putInt(DOCK, location);
    }

    @Override
    public void setPaletteState(int state) {
        node.putInt(STATE, state);
    }

    @Override
    public void setPaletteWidth(int width) {
        node.putInt(WIDTH, width);
    }
}
