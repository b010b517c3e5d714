package rectify.ledger.ui;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

/** Dates as people type them: {@code 2026-12-31}, or with / . or 年月日 between the parts. */
public final class Dates {

    private static final Pattern SEPARATORS = Pattern.compile("[./年月]"); //$NON-NLS-1$

    private Dates() {
    }

    /**
     * @param text a date as typed
     * @return the date, or null for a blank text
     * @throws IllegalArgumentException with a message in the user's language when it is no date
     */
    public static LocalDate parse(String text) {
        String typed = text == null ? "" : text.strip(); //$NON-NLS-1$
        if (typed.isEmpty()) {
            return null;
        }
        String[] parts = SEPARATORS.matcher(typed.replace("日", "")).replaceAll("-").split("-"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        try {
            if (parts.length == 3) {
                return LocalDate.of(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()),
                        Integer.parseInt(parts[2].strip()));
            }
        } catch (NumberFormatException | DateTimeException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.badDate, typed), e);
        }
        throw new IllegalArgumentException(NLS.bind(Messages.badDate, typed));
    }
}
