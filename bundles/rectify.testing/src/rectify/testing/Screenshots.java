package rectify.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/** Pictures of the workbench that tests take, for people to look at (on the UI thread). */
public final class Screenshots {

    private Screenshots() {
    }

    /**
     * Saves a picture of a shell, once it has painted, to {@code target/screenshots/<name>-<language>.png}
     * of the test bundle.
     *
     * @param shell the shell
     * @param name the name of the picture
     */
    public static void save(Shell shell, String name) {
        long end = System.nanoTime() + Duration.ofMillis(500).toNanos();
        while (System.nanoTime() < end) {
            Events.flush(); // let every widget paint
        }
        Rectangle bounds = shell.getBounds();
        Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(image);
        try {
            shell.print(gc);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            loader.save(folder.resolve(name + "-" + System.getProperty("osgi.nl", "default") + ".png").toString(),
                    SWT.IMAGE_PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
