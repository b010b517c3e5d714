package rectify.ledger.ui.reminders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import rectify.ledger.Ledger;
import rectify.ledger.LedgerLabels;
import rectify.ledger.LedgerRow;
import rectify.ledger.Reminders;
import rectify.ledger.evidence.EvidenceProblem;
import rectify.ledger.ui.LedgerView;
import rectify.ledger.ui.Messages;
import rectify.model.urgency.WarningThresholds;
import rectify.ui.preferences.RectifyPreferences;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;
import rectify.ui.registers.RegisterListener;

/**
 * Watches registers open: when one opens, a notification lists its overdue and due-soon measures
 * (due within the longer warning threshold) and its evidence files are checked; the problems found
 * are notified too.
 */
public final class RegisterWatch implements RegisterListener, EvidenceWatch.Checked {

    /** The most measures a notification lists under each heading. */
    static final int MOST_LISTED = 5;

    @Override
    public void changed(OpenRegister register, Change change) {
        if (change == Change.OPENED) {
            remind(register);
            EvidenceWatch.get().check(register);
        } else if (change == Change.CLOSED) {
            EvidenceWatch.get().forget(register);
        }
    }

    @Override
    public void checked(OpenRegister register, List<EvidenceProblem> found) {
        if (found.isEmpty() || !OpenRegisters.get().registers().contains(register)) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(NLS.bind(Messages.evidenceProblems, found.size()));
        found.stream().limit(MOST_LISTED).forEach(problem -> lines.add(problem.message()));
        more(lines, found.size());
        Notification.show(Display.getCurrent(), NLS.bind(Messages.evidenceTitle, register.file().getFileName()), lines,
                Messages.showLedger, () -> showLedger(false));
    }

    /** Notifies the overdue and due-soon measures of a register, if it has any. */
    public static void remind(OpenRegister register) {
        WarningThresholds thresholds = RectifyPreferences.thresholds();
        LocalDate today = LocalDate.now();
        Reminders reminders = Reminders.of(Ledger.rows(register.register(), today, thresholds), thresholds.soonDays());
        if (reminders.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        if (!reminders.overdue().isEmpty()) {
            lines.add(NLS.bind(Messages.remindOverdue, reminders.overdue().size()));
            reminders.overdue().stream().limit(MOST_LISTED)
                    .forEach(row -> lines.add(line(Messages.remindOverdueLine, row)));
            more(lines, reminders.overdue().size());
        }
        if (!reminders.dueSoon().isEmpty()) {
            lines.add(NLS.bind(Messages.remindDueSoon, reminders.dueSoon().size(), thresholds.soonDays()));
            reminders.dueSoon().stream().limit(MOST_LISTED)
                    .forEach(row -> lines.add(line(Messages.remindDueSoonLine, row)));
            more(lines, reminders.dueSoon().size());
        }
        Notification.show(Display.getCurrent(), NLS.bind(Messages.remindTitle, register.file().getFileName()), lines,
                Messages.showLedger, () -> showLedger(true));
    }

    private static String line(String pattern, LedgerRow row) {
        String leader = LedgerLabels.person(row.leader());
        return NLS.bind(pattern, new Object[] { LedgerLabels.measure(row.measure()), Math.abs(row.daysLeft()),
                leader == null ? Messages.nobody : leader });
    }

    private static void more(List<String> lines, int count) {
        if (count > MOST_LISTED) {
            lines.add(NLS.bind(Messages.andMore, count - MOST_LISTED));
        }
    }

    private static void showLedger(boolean lateOnly) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            return;
        }
        try {
            LedgerView view = (LedgerView) page.showView(LedgerView.ID);
            if (lateOnly) {
                view.showLateAndDueSoon();
            }
        } catch (PartInitException e) {
            ILog.of(RegisterWatch.class).error(e.getMessage(), e);
        }
    }
}
