package rectify.diagram.editor;

import java.util.List;

import org.eclipse.gef.editparts.ZoomListener;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.jface.action.ControlContribution;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import rectify.diagram.Messages;

/**
 * The zoom of the diagram in its bar: the zoom levels and the fits to the page, width and
 * height; a percentage may also be typed.
 */
final class ZoomCombo extends ControlContribution implements ZoomListener {

    private static final List<String> FITS = List.of(ZoomManager.FIT_ALL, ZoomManager.FIT_WIDTH,
            ZoomManager.FIT_HEIGHT);

    private final ZoomManager zoom;
    private Combo combo;

    ZoomCombo(ZoomManager zoom) {
        super("rectify.diagram.zoom");
        this.zoom = zoom;
    }

    @Override
    protected Control createControl(Composite parent) {
        combo = new Combo(parent, SWT.DROP_DOWN);
        combo.setItems(zoom.getZoomLevelsAsText());
        combo.setToolTipText(Messages.zoomTip);
        combo.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> apply()));
        combo.addSelectionListener(SelectionListener.widgetDefaultSelectedAdapter(e -> apply()));
        zoom.addZoomListener(this);
        combo.addDisposeListener(e -> zoom.removeZoomListener(this));
        zoomChanged(zoom.getZoom());
        return combo;
    }

    @Override
    protected int computeWidth(Control control) {
        return Math.max(90, control.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x);
    }

    @Override
    public void zoomChanged(double level) {
        if (combo != null && !combo.isDisposed()) {
            combo.setText(zoom.getZoomAsText());
        }
    }

    private void apply() {
        String text = combo.getText().strip();
        zoom.setZoomAsText(FITS.contains(text) || text.endsWith("%") ? text : text + "%");
        zoomChanged(zoom.getZoom());
    }
}
