package rectify.ui.files;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.core.runtime.ILog;
import org.osgi.service.prefs.BackingStoreException;

import rectify.ui.preferences.RectifyPreferences;
import rectify.ui.registers.OpenRegisters;
import rectify.ui.registers.RegisterListener.Change;

/**
 * The register files opened last, most recent first, at most {@value #MAXIMUM}; kept in the
 * bundle's preferences (key {@value #KEY}, one absolute path a line). Every register opened, or
 * saved under another name, is remembered.
 */
public final class RecentFiles {

    /** How many files are remembered. */
    public static final int MAXIMUM = 8;
    /** The preference key of the list. */
    static final String KEY = "recentFiles"; //$NON-NLS-1$

    private RecentFiles() {
    }

    /** Remembers every register opened in, or saved by, the workbench from now on. */
    static void track(OpenRegisters registers) {
        registers.addListener((register, change) -> {
            if (change == Change.OPENED || change == Change.SAVED) {
                remember(register.file());
            }
        });
    }

    /** @return the files, most recent first */
    public static List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (String line : node().get(KEY, "").split("\n")) { //$NON-NLS-1$ //$NON-NLS-2$
            try {
                if (!line.isBlank()) {
                    files.add(Path.of(line.strip()));
                }
            } catch (InvalidPathException e) {
                // a line another system wrote; it is dropped with the next change
            }
        }
        return files;
    }

    /** Puts a file first in the list. */
    public static void remember(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(list());
        files.remove(absolute);
        files.add(0, absolute);
        store(files.subList(0, Math.min(files.size(), MAXIMUM)));
    }

    /** Takes a file out of the list, e.g. one that is gone. */
    public static void forget(Path file) {
        List<Path> files = new ArrayList<>(list());
        if (files.remove(file.toAbsolutePath().normalize())) {
            store(files);
        }
    }

    private static void store(List<Path> files) {
        IEclipsePreferences node = node();
        node.put(KEY, String.join("\n", files.stream().map(Path::toString).toList())); //$NON-NLS-1$
        try {
            node.flush();
        } catch (BackingStoreException e) {
            ILog.of(RecentFiles.class).warn(e.getMessage(), e);
        }
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(RectifyPreferences.QUALIFIER);
    }
}
