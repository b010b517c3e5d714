package rectify.ledger.ui.filter;

import rectify.ledger.ui.Messages;

/** What the filter bar chooses by. */
public enum Choice {
    /** The record (meeting or inspection). */
    RECORD(Messages.filterRecord),
    /** The year of the record. */
    YEAR(Messages.filterYear),
    /** The responsible unit. */
    UNIT(Messages.filterUnit),
    /** The responsible leader. */
    LEADER(Messages.filterLeader),
    /** The status. */
    STATUS(Messages.filterStatus),
    /** How late: by warning light. */
    LATENESS(Messages.filterLateness);

    private final String label;

    Choice(String label) {
        this.label = label;
    }

    /** @return the label before the choice's list */
    public String label() {
        return label;
    }
}
