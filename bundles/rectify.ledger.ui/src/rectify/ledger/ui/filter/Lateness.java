package rectify.ledger.ui.filter;

import java.util.EnumSet;
import java.util.Set;

import rectify.ledger.ui.Messages;
import rectify.model.urgency.Urgency;

/** The lateness the filter bar offers, each a set of states of urgency (the warning lights). */
public enum Lateness {
    /** Overdue: red. */
    OVERDUE(Messages.latenessOverdue, EnumSet.of(Urgency.OVERDUE)),
    /** Due soon: amber or yellow. */
    DUE_SOON(Messages.latenessDueSoon, EnumSet.of(Urgency.DUE_URGENT, Urgency.DUE_SOON)),
    /** Overdue or due soon. */
    LATE_OR_DUE_SOON(Messages.latenessLateOrDueSoon, EnumSet.of(Urgency.OVERDUE, Urgency.DUE_URGENT, Urgency.DUE_SOON)),
    /** On track: green. */
    ON_TRACK(Messages.latenessOnTrack, EnumSet.of(Urgency.ON_TRACK)),
    /** No light: done, closed or without a deadline. */
    NONE(Messages.latenessNone, EnumSet.of(Urgency.NO_DEADLINE, Urgency.DONE, Urgency.CLOSED));

    private final String label;
    private final Set<Urgency> urgencies;

    Lateness(String label, Set<Urgency> urgencies) {
        this.label = label;
        this.urgencies = urgencies;
    }

    /** @return the name in the user's language */
    public String label() {
        return label;
    }

    /** @return the states it keeps */
    public Set<Urgency> urgencies() {
        return urgencies;
    }
}
