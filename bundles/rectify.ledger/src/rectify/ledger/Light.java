package rectify.ledger;

import rectify.ledger.internal.Messages;

/**
 * The warning light of a measure in the ledger, from the most urgent. Only open measures (planned
 * or in progress) with a deadline have a light; the {@link Thresholds} say when it turns.
 */
public enum Light {
    /** Overdue: the deadline has passed. */
    RED(Messages.lightRed),
    /** Due within the shorter threshold (10 days by default). */
    ORANGE(Messages.lightOrange),
    /** Due within the longer threshold (20 days by default). */
    YELLOW(Messages.lightYellow),
    /** The deadline is further away. */
    GREEN(Messages.lightGreen),
    /** No light: done, closed, or without a deadline. */
    OFF(""); //$NON-NLS-1$

    private final String label;

    Light(String label) {
        this.label = label;
    }

    /** @return the name of the light in the user's language; empty for {@link #OFF} */
    public String label() {
        return label;
    }
}
