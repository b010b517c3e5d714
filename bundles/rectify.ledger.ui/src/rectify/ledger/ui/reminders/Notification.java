package rectify.ledger.ui.reminders;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.notifications.AbstractNotificationPopup;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

/**
 * A notification in the corner of the window that fades away by itself: a title, lines of text and
 * a link. Notifications open at the same time stack upwards instead of covering one another.
 */
final class Notification extends AbstractNotificationPopup {

    /** How long a notification stays, in milliseconds. */
    static final long DELAY_MS = 20_000;

    private static final int GAP = 6;
    private static final List<Notification> OPEN = new ArrayList<>();

    private final String title;
    private final List<String> lines;
    private final String link;
    private final Runnable action;

    private Notification(Display display, String title, List<String> lines, String link, Runnable action) {
        super(display);
        this.title = title;
        this.lines = List.copyOf(lines);
        this.link = link;
        this.action = action;
        setDelayClose(DELAY_MS);
    }

    /**
     * Shows a notification.
     *
     * @param title the title
     * @param lines the lines of text
     * @param link the text of a link at the bottom, or null
     * @param action what the link does
     */
    static void show(Display display, String title, List<String> lines, String link, Runnable action) {
        new Notification(display, title, lines, link, action).open();
    }

    @Override
    protected String getPopupShellTitle() {
        return title;
    }

    @Override
    protected void createContentArea(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        for (String line : lines) {
            Label label = new Label(parent, SWT.WRAP);
            label.setText(line);
            GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(label);
        }
        if (link != null) {
            Link anchor = new Link(parent, SWT.NONE);
            anchor.setText("<a>" + link + "</a>"); //$NON-NLS-1$ //$NON-NLS-2$
            anchor.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> action.run()));
            GridDataFactory.fillDefaults().indent(0, 6).applyTo(anchor);
        }
    }

    @Override
    protected void initializeBounds() {
        super.initializeBounds();
        Rectangle bounds = getShell().getBounds();
        for (Notification other : OPEN) {
            if (other.getShell() != null && !other.getShell().isDisposed()) {
                Rectangle taken = other.getShell().getBounds();
                if (taken.intersects(bounds)) {
                    bounds.y = taken.y - bounds.height - GAP;
                }
            }
        }
        getShell().setBounds(bounds);
        OPEN.add(this);
    }

    @Override
    public boolean close() {
        OPEN.remove(this);
        return super.close();
    }
}
