package rectify.ui.registers;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

import rectify.core.io.DiskVersion;
import rectify.core.io.RegisterFileException;
import rectify.core.merge.DiskChange;
import rectify.ui.registers.RegisterListener.Change;

/**
 * Notices when another program changes the file of an open register: a watcher of the folders of
 * the open registers, and a look when a window of the workbench is activated. A register without
 * unsaved changes is then reloaded in place (its editors and selections stay where their elements
 * still exist); one with unsaved changes gets the choice of {@link Saving#changedOnDisk}, once
 * per version of the file. Checks run on the user interface thread, a moment after the last event
 * of a burst; the register's own saves change nothing it sees.
 */
final class DiskWatch implements RegisterListener {

    private static final int DELAY_MS = 250;

    private final OpenRegisters registers;
    private final Map<Path, WatchKey> folders = new HashMap<>();
    private final Map<OpenRegister, DiskVersion> asked = new HashMap<>();
    private final Runnable check = this::check;
    private final Listener activation = this::activated;
    private WatchService service;
    private Display display;
    private boolean checking;

    DiskWatch(OpenRegisters registers) {
        this.registers = registers;
    }

    @Override
    public void changed(OpenRegister register, Change change) {
        if (change == Change.OPENED || change == Change.SAVED || change == Change.CLOSED) {
            start();
            asked.remove(register);
            watchFolders();
        }
    }

    /** Starts watching on the first register opened, in the user interface's thread. */
    private void start() {
        if (display != null || Display.getCurrent() == null) {
            return;
        }
        display = Display.getCurrent();
        display.addFilter(SWT.Activate, activation);
        try {
            service = FileSystems.getDefault().newWatchService();
            Thread.ofPlatform().daemon().name("rectify-register-watch").start(this::watch); //$NON-NLS-1$
        } catch (IOException e) {
            ILog.of(DiskWatch.class).warn(e.getMessage(), e); // activation still checks
        }
    }

    /** Watches the folders of the open registers, and those only. */
    private void watchFolders() {
        if (service == null) {
            return;
        }
        Map<Path, WatchKey> wanted = new HashMap<>();
        for (OpenRegister register : registers.registers()) {
            Path folder = register.file().getParent();
            WatchKey key = folders.remove(folder);
            if (key == null && !wanted.containsKey(folder)) {
                try {
                    key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                } catch (IOException | RuntimeException e) {
                    continue; // a folder that cannot be watched is still looked at on activation
                }
            }
            wanted.putIfAbsent(folder, key);
        }
        folders.values().forEach(WatchKey::cancel);
        folders.clear();
        folders.putAll(wanted);
    }

    /** The watcher's thread: any event in a watched folder asks for a check. */
    private void watch() {
        try {
            while (true) {
                WatchKey key = service.take();
                key.pollEvents();
                key.reset();
                Display shown = display;
                if (shown.isDisposed()) {
                    return;
                }
                shown.asyncExec(this::later);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // the workbench ends
        }
    }

    private void activated(Event event) {
        if (event.widget instanceof Shell) {
            later();
        }
    }

    /** Checks a moment later: a burst of events (a save writes several files) is checked once. */
    private void later() {
        if (display != null && !display.isDisposed()) {
            display.timerExec(DELAY_MS, check);
        }
    }

    private void check() {
        if (checking) {
            return;
        }
        checking = true;
        try {
            for (OpenRegister register : registers.registers()) {
                // a question about one register may have let the user close another meanwhile
                boolean open = registers.registers().contains(register);
                if (open && !Saving.isSaving(register) && register.isChangedOnDisk()) {
                    changedOnDisk(register);
                }
            }
        } finally {
            checking = false;
        }
    }

    private void changedOnDisk(OpenRegister register) {
        DiskChange change;
        try {
            change = register.readDiskChange();
        } catch (RegisterFileException e) {
            return; // not readable now (being written, or gone): the next event, or the save, tells
        }
        if (!register.isDirty()) {
            register.reload(change);
        } else if (!change.version().equals(asked.get(register))) {
            asked.put(register, change.version());
            Shell shell = display.getActiveShell();
            Saving.changedOnDisk(shell != null ? shell : display.getShells()[0], register, change);
        }
    }
}
