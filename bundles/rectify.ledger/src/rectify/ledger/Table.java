package rectify.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * Rows under columns with a title: the ledger or one of the three lists as exports write them (one
 * sheet of a workbook, or one CSV file).
 *
 * @param <R> the type of the rows
 * @param title the title, e.g. 问题清单; the name of the sheet
 * @param columns the columns, in order
 * @param rows the rows, in order
 */
public record Table<R>(String title, List<? extends Column<R>> columns, List<R> rows) {

    /** @throws IllegalArgumentException when the table has no column */
    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs a column"); //$NON-NLS-1$
        }
    }

    /**
     * @param value a value as {@link Column#value} gives it
     * @return the value as text: dates as {@code yyyy-MM-dd}, numbers in digits, nothing for null
     */
    public static String text(Object value) {
        return switch (value) {
            case null -> ""; //$NON-NLS-1$
            case LocalDate date -> date.toString();
            default -> value.toString();
        };
    }
}
