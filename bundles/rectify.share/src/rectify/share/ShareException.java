package rectify.share;

import java.io.IOException;

/**
 * A shared register could not be synchronised, handed over or shared, and nothing was changed:
 * the server cannot be reached or refused the credentials, a file is not a hand-over file, a
 * repository holds another register. The message says which, naming the place, in the user's
 * language.
 */
public class ShareException extends IOException {

    private static final long serialVersionUID = 1L;

    /** @param message the complete message */
    public ShareException(String message) {
        super(message);
    }

    /** @param message the complete message; @param cause what failed */
    public ShareException(String message, Throwable cause) {
        super(message, cause);
    }
}
