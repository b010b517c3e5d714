package rectify.ledger.ui.filter;

import java.util.EnumSet;
import java.util.Set;

import rectify.ledger.Light;
import rectify.ledger.ui.Messages;

/** The lateness the filter bar offers, each a set of warning lights. */
public enum Lateness {
    /** Overdue: red. */
    OVERDUE(Messages.latenessOverdue, EnumSet.of(Light.RED)),
    /** Due soon: orange or yellow. */
    DUE_SOON(Messages.latenessDueSoon, EnumSet.of(Light.ORANGE, Light.YELLOW)),
    /** Overdue or due soon. */
    LATE_OR_DUE_SOON(Messages.latenessLateOrDueSoon, EnumSet.of(Light.RED, Light.ORANGE, Light.YELLOW)),
    /** On track: green. */
    ON_TRACK(Messages.latenessOnTrack, EnumSet.of(Light.GREEN)),
    /** No light: done, closed or without a deadline. */
    NONE(Messages.latenessNone, EnumSet.of(Light.OFF));

    private final String label;
    private final Set<Light> lights;

    Lateness(String label, Set<Light> lights) {
        this.label = label;
        this.lights = lights;
    }

    /** @return the name in the user's language */
    public String label() {
        return label;
    }

    /** @return the lights it keeps */
    public Set<Light> lights() {
        return lights;
    }
}
