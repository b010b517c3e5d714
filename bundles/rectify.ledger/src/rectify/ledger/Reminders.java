package rectify.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * What to remind people of: the overdue measures and those due soon, each ordered by deadline (the
 * longest overdue and the nearest due first), then by the ledger's usual order.
 *
 * @param overdue the open measures whose deadline has passed
 * @param dueSoon the open measures due within the chosen number of days (today included)
 */
public record Reminders(List<LedgerRow> overdue, List<LedgerRow> dueSoon) {

    /** Copies the lists. */
    public Reminders {
        overdue = List.copyOf(overdue);
        dueSoon = List.copyOf(dueSoon);
    }

    /**
     * @param rows ledger rows
     * @param dueWithinDays how many days ahead a measure counts as due soon (0: due today)
     * @return the reminders of those rows
     * @throws IllegalArgumentException when {@code dueWithinDays} is negative
     */
    public static Reminders of(Collection<LedgerRow> rows, int dueWithinDays) {
        if (dueWithinDays < 0) {
            throw new IllegalArgumentException("dueWithinDays < 0: " + dueWithinDays); //$NON-NLS-1$
        }
        List<LedgerRow> overdue = new ArrayList<>();
        List<LedgerRow> dueSoon = new ArrayList<>();
        for (LedgerRow row : rows) {
            Integer days = row.daysLeft();
            if (days != null && days < 0) {
                overdue.add(row);
            } else if (days != null && days <= dueWithinDays) {
                dueSoon.add(row);
            }
        }
        Comparator<LedgerRow> order = Comparator.comparing(LedgerRow::daysLeft)
                .thenComparing(LedgerColumn.usualOrder());
        overdue.sort(order);
        dueSoon.sort(order);
        return new Reminders(overdue, dueSoon);
    }

    /** @return true when nothing is overdue or due soon */
    public boolean isEmpty() {
        return overdue.isEmpty() && dueSoon.isEmpty();
    }
}
