package rectify.search.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
import org.eclipse.swt.widgets.Shell;

/** Driving the workbench in the tests: waiting while it works, and pictures of a shell. */
public final class Workbench {

    private Workbench() {
    }

    /** Runs the UI thread until {@code condition} holds, or fails after a minute. */
    public static void waitFor(BooleanSupplier condition, String what) {
        long end = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        Display display = Display.getCurrent();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
    }

    /** Saves a picture of a shell, after it painted, to target/screenshots/{name}-{language}.png. */
    public static void picture(Shell shell, String name) {
        Display display = shell.getDisplay();
        long end = System.nanoTime() + Duration.ofMillis(500).toNanos();
        while (System.nanoTime() < end) {
            while (display.readAndDispatch()) {
                // let every widget paint
            }
        }
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(image);
        try {
            shell.print(gc);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            loader.save(folder.resolve(name + "-" + System.getProperty("osgi.nl", "default") + ".png").toString(), SWT.IMAGE_PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
