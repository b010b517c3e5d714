package rectify.ledger.ui.actions;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Shell;

import rectify.ledger.LedgerRow;
import rectify.ledger.Table;

/** What the ledger's actions need of the view that shows them. */
public interface LedgerContext {

    /** @return the shell for dialogs */
    Shell shell();

    /** @return the row of the measure selected, or null */
    LedgerRow selectedRow();

    /** @return the rows the filter keeps, in the order shown */
    List<LedgerRow> shownRows();

    /** @return the table of the tab in front: the ledger or one of the lists, of the rows shown */
    Table<?> frontTable();

    /** @return the editing domain of the register that holds the row */
    EditingDomain domainOf(LedgerRow row);

    /** @return the folder of the register file that holds the row */
    Path folderOf(LedgerRow row);

    /** Executes a command on the command stack of the register that holds the row. */
    void execute(LedgerRow row, Command command);

    /** Opens the record of the row in the record editor, showing the measure. */
    void open(LedgerRow row);

    /** Says something briefly, in the status line. */
    void tell(String message);
}
