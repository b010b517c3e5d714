package rectify.ledger.workflow;

/**
 * A change the workflow's rules refuse. The message is a sentence in the user's language that
 * names the measure and says what is missing or wrong.
 */
public class WorkflowException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message the complete message, naming the measure */
    public WorkflowException(String message) {
        super(message);
    }
}
