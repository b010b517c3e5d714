package rectify.ui.validation;

import org.eclipse.osgi.util.NLS;

/** Counts of findings in words: 3 个错误，2 个警告 / 3 errors, 2 warnings; 闭环完整 when none. */
public final class Summaries {

    private Summaries() {
    }

    /** @return the counts in the user's language, leaving out a count of nought */
    public static String of(long errors, long warnings) {
        if (errors > 0 && warnings > 0) {
            return NLS.bind(Messages.summary, errors, warnings);
        }
        if (errors > 0) {
            return NLS.bind(Messages.summaryErrors, errors);
        }
        return warnings > 0 ? NLS.bind(Messages.summaryWarnings, warnings) : Messages.summaryNone;
    }
}
