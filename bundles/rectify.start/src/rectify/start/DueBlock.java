package rectify.start;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;

import rectify.ledger.Ledger;
import rectify.ledger.LedgerLabels;
import rectify.ledger.LedgerRow;
import rectify.ledger.Reminders;
import rectify.ledger.ui.LedgerView;
import rectify.model.urgency.WarningThresholds;
import rectify.ui.preferences.RectifyPreferences;
import rectify.ui.registers.OpenRegister;

/**
 * What is due (待办): the overdue measures of the open registers and those due within the longer
 * warning threshold, the longest overdue and the nearest due first; each opens in its record.
 */
final class DueBlock extends Block {

    /** The most measures listed under each heading; the ledger has the rest. */
    static final int MOST_LISTED = 5;

    DueBlock(Links links, Composite parent) {
        super(links, parent, Messages.dueTitle);
    }

    @Override
    String fill(Composite lines, List<OpenRegister> registers, boolean opening) {
        if (registers.isEmpty()) {
            links.text(lines, opening ? Messages.opening : Messages.noRegister);
            return ""; //$NON-NLS-1$
        }
        WarningThresholds thresholds = RectifyPreferences.thresholds();
        LocalDate today = LocalDate.now();
        int overdue = 0;
        int dueSoon = 0;
        for (OpenRegister register : registers) {
            Reminders reminders = Reminders.of(Ledger.rows(register.register(), today, thresholds),
                    thresholds.soonDays());
            overdue += reminders.overdue().size();
            dueSoon += reminders.dueSoon().size();
            list(lines, register, reminders.overdue(), Messages.overdueLine);
            list(lines, register, reminders.dueSoon(), Messages.dueSoonLine);
        }
        if (overdue + dueSoon == 0) {
            links.text(lines, Messages.nothingDue);
            return ""; //$NON-NLS-1$
        }
        if (overdue > MOST_LISTED || dueSoon > MOST_LISTED) {
            links.link(lines, Messages.allInLedger, () -> links.show(LedgerView.ID));
        }
        return NLS.bind(Messages.dueSummary, new Object[] { overdue, dueSoon, thresholds.soonDays() });
    }

    private void list(Composite lines, OpenRegister register, List<LedgerRow> rows, String pattern) {
        for (LedgerRow row : rows.subList(0, Math.min(rows.size(), MOST_LISTED))) {
            String who = LedgerLabels.person(row.leader());
            if (who == null) {
                who = LedgerLabels.unit(row.unit());
            }
            String text = NLS.bind(pattern,
                    new Object[] { Math.abs(row.daysLeft()), LedgerLabels.measure(row.measure()),
                            who == null ? Messages.nobody : who });
            links.link(lines, text, () -> links.open(register, row.measure()));
        }
    }
}
