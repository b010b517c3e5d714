package rectify.documents.internal.content;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import rectify.documents.internal.Body;
import rectify.ledger.Column;
import rectify.ledger.LedgerColumn;
import rectify.ledger.LedgerRow;
import rectify.ledger.Table;
import rectify.ledger.lists.ProblemList;
import rectify.ledger.lists.ResponsibilityList;
import rectify.ledger.lists.TaskList;
import rectify.model.Record;
import rectify.model.urgency.WarningThresholds;

/**
 * The three lists of the ledger as Word tables, with the columns the ledger's lists have, less the
 * record (the document is of one): the problem list ({@code {{#problemList}}}), the task list
 * ({@code {{#taskList}}}) and the responsibility list ({@code {{#responsibilityList}}}).
 */
final class Lists extends Content {

    private final WarningThresholds thresholds;

    Lists(Record record, LocalDate today, WarningThresholds thresholds) {
        super(record, today);
        this.thresholds = thresholds;
    }

    @Override
    public Map<String, Consumer<Body>> blocks() {
        List<LedgerRow> rows = Plan.rows(record, today, thresholds);
        Map<String, Consumer<Body>> blocks = new LinkedHashMap<>();
        blocks.put("problemList", body -> body.table(withoutRecord(ProblemList.table(rows))));
        blocks.put("taskList", body -> body.table(withoutRecord(TaskList.table(rows))));
        blocks.put("responsibilityList", body -> body.table(withoutRecord(ResponsibilityList.table(rows))));
        return blocks;
    }

    private static <R> Table<R> withoutRecord(Table<R> table) {
        List<? extends Column<R>> columns = table.columns().stream()
                .filter(column -> column != LedgerColumn.RECORD && column != ProblemList.Columns.RECORD).toList();
        return new Table<>(table.title(), columns, table.rows());
    }
}
