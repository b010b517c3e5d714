package rectify.chain.internal;

import org.eclipse.osgi.util.NLS;

/**
 * Texts of the chain bundle ({@code messages*.properties}) in the user's language: refusals, command
 * labels, node details; the names of lanes and links and the node titles are read through
 * {@link Texts}, in any language.
 */
public final class Messages extends NLS {

    public static String refusedSource;
    public static String refusedTarget;
    public static String refusedOtherReview;
    public static String refusedDuplicate;
    public static String commandAutoLayout;
    public static String commandCreate;
    public static String commandDelete;
    public static String commandLink;
    public static String commandPin;
    public static String commandPlace;
    public static String commandRename;
    public static String commandUnlink;
    public static String commandUnpin;
    public static String newAspect;
    public static String newDirection;
    public static String newProblem;
    public static String newCause;
    public static String newMeasure;
    public static String nodeStatusDeadline;
    public static String nodeUnit;
    public static String nodeLeader;
    public static String newMeetingCommand;
    public static String newInspectionCommand;

    static {
        NLS.initializeMessages("rectify.chain.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
