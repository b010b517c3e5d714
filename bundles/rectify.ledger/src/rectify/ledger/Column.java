package rectify.ledger;

/**
 * A column of a {@link Table}: a header and the value of each row, which exports write as a cell.
 *
 * @param <R> the type of the rows
 */
public interface Column<R> {

    /** @return the header in the user's language */
    String header();

    /**
     * @param row a row
     * @return the value of the row in this column: a {@link String}, a {@link Number}, a
     *         {@link java.time.LocalDate}, or null for an empty cell; texts may span lines
     */
    Object value(R row);

    /** @return the usual width of the column in characters of Chinese text */
    default int width() {
        return 10;
    }
}
