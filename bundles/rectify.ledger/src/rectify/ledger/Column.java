package rectify.ledger;

import java.util.function.Function;

/**
 * A column of a {@link Table}: a header and the value of each row, which exports write as a cell.
 * Implementations give their {@link Spec}; the other methods read it.
 *
 * @param <R> the type of the rows
 */
public interface Column<R> {

    /**
     * What a column is.
     *
     * @param header the header in the user's language
     * @param width the usual width of the column in characters of Chinese text
     * @param value the value of a row in this column: a {@link String}, a {@link Number}, a
     *        {@link java.time.LocalDate}, or null for an empty cell; texts may span lines
     * @param <R> the type of the rows
     */
    record Spec<R>(String header, int width, Function<R, Object> value) {
    }

    /** @return the column's header, width and values */
    Spec<R> spec();

    /** @return the header in the user's language */
    default String header() {
        return spec().header();
    }

    /**
     * @param row a row
     * @return the value of the row in this column (see {@link Spec#value()})
     */
    default Object value(R row) {
        return spec().value().apply(row);
    }

    /** @return the usual width of the column in characters of Chinese text */
    default int width() {
        return spec().width();
    }
}
