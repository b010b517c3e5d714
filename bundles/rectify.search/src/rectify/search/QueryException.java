package rectify.search;

/** A search that cannot be made as asked, with the message that says why, in the user's language. */
public final class QueryException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong with the query, for the user */
    public QueryException(String message) {
        super(message);
    }
}
