package rectify.ledger.ui.table;

import java.util.List;

import rectify.ledger.LedgerRow;

/** The problems found with the evidence files of a measure's progress, as the last check found them. */
@FunctionalInterface
public interface EvidenceFlags {

    /** @return the messages of the problems with the row's evidence files; empty when none */
    List<String> of(LedgerRow row);
}
