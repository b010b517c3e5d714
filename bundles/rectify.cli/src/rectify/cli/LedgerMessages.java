package rectify.cli;

import org.eclipse.osgi.util.NLS;

/** Texts of {@code rectify ledger} (ledger_messages*.properties). */
final class LedgerMessages extends NLS {
    public static String missingRegister;
    public static String badDays;
    public static String badStatus;
    public static String summary;

    static {
        NLS.initializeMessages("rectify.cli.ledger_messages", LedgerMessages.class);
    }

    private LedgerMessages() {
    }
}
