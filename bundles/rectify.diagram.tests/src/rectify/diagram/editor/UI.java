package rectify.diagram.editor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

import rectify.testing.Events;

/** Running the event loop in tests, and screenshots of the display. */
final class UI {

    private UI() {
    }

    /** Runs the events waiting now. */
    static void flush() {
        Events.flush();
    }

    /** Runs the event loop until {@code condition} holds; fails after {@code seconds}. */
    static void waitUntil(BooleanSupplier condition, int seconds, String what) {
        Events.until(what, Duration.ofSeconds(seconds), condition);
    }

    /** Saves a screenshot of the whole display as PNG, after half a second for painting to settle. */
    static void screenshot(Path file) {
        Display display = Display.getCurrent();
        long settled = System.nanoTime() + 500_000_000L;
        waitUntil(() -> System.nanoTime() > settled, 5, "painting to settle");
        Rectangle bounds = display.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, 0, 0);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
