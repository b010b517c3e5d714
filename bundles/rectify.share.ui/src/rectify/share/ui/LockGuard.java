package rectify.share.ui;

import java.util.EventObject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import rectify.core.merge.DiskChange;
import rectify.model.RecordStatus;
import rectify.model.RectifyPackage;
import rectify.model.Record;
import rectify.model.Register;
import rectify.share.RecordLocks;
import rectify.share.Wording;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;
import rectify.ui.registers.RegisterListener;

/**
 * Closed and archived records of shared registers are locked in the workbench: a command that
 * changes one is undone at once and the user told why; reopening goes through {@link #reopen},
 * with a reason. What comes from disk or from a merge is not an edit and is let through.
 */
final class LockGuard implements RegisterListener {

    private static LockGuard installed;
    private static final Set<Record> REOPENING = new HashSet<>();

    private final Map<OpenRegister, Watch> watches = new HashMap<>();

    private LockGuard() {
    }

    /** Locks the records of the open shared registers, and of those opened from now on; once. */
    static synchronized void install() {
        if (installed == null) {
            installed = new LockGuard();
            OpenRegisters.get().addListener(installed);
            OpenRegisters.get().registers().forEach(installed::watch);
        }
    }

    /** Runs a change that reopens a locked record: its status may change once. */
    static void reopen(Record record, Runnable change) {
        REOPENING.add(record);
        try {
            change.run();
        } finally {
            REOPENING.remove(record);
        }
    }

    @Override
    public void changed(OpenRegister register, Change change) {
        if (change == Change.OPENED) {
            watch(register);
        } else if (change == Change.CLOSED) {
            Watch watch = watches.remove(register);
            if (watch != null) {
                watch.stop();
            }
        }
    }

    private void watch(OpenRegister register) {
        if (Shared.isShared(register) && !watches.containsKey(register)) {
            watches.put(register, new Watch(register));
        }
    }

    /** Notices changes of locked records while commands run, and undoes those commands. */
    private static final class Watch extends EContentAdapter implements CommandStackListener {

        private final OpenRegister register;
        private final Resource resource;
        private Record violated;
        private boolean undoing;

        Watch(OpenRegister register) {
            this.register = register;
            this.resource = register.register().eResource();
            resource.eAdapters().add(this);
            register.domain().getCommandStack().addCommandStackListener(this);
        }

        void stop() {
            resource.eAdapters().remove(this);
            register.domain().getCommandStack().removeCommandStackListener(this);
        }

        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (notification.isTouch() || undoing || !(notification.getNotifier() instanceof EObject element)) {
                return;
            }
            Record record = recordOf(element);
            if (record == null || REOPENING.contains(record)) {
                return;
            }
            boolean lockedBefore = notification.getNotifier() == record
                    && notification.getFeature() == RectifyPackage.Literals.RECORD__STATUS
                            ? notification.getOldValue() == RecordStatus.CLOSED
                                    || notification.getOldValue() == RecordStatus.ARCHIVED
                            : RecordLocks.isLocked(record);
            if (lockedBefore) {
                violated = record;
            }
        }

        private static Record recordOf(EObject element) {
            for (EObject e = element; e != null; e = e.eContainer()) {
                if (e instanceof Record record && record.eContainer() instanceof Register) {
                    return record;
                }
            }
            return null;
        }

        @Override
        public void commandStackChanged(EventObject event) {
            Record record = violated;
            violated = null;
            if (record == null || undoing) {
                return;
            }
            BasicCommandStack stack = (BasicCommandStack) register.domain().getCommandStack();
            Command command = stack.getMostRecentCommand();
            if (command == null || DiskChange.isDiskChange(command) || stack.getUndoCommand() != command) {
                return;
            }
            undoing = true;
            try {
                stack.undo();
            } finally {
                undoing = false;
            }
            String name = new Wording(Locale.getDefault(), id -> null).element(record);
            Display display = Display.getCurrent();
            if (display != null) {
                display.asyncExec(() -> MessageDialog.openWarning(display.getActiveShell(), Messages.lockedTitle,
                        NLS.bind(Messages.lockedMessage, name)));
            }
        }
    }

}
