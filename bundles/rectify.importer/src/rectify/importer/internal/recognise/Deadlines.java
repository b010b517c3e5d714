package rectify.importer.internal.recognise;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import rectify.model.MeasureKind;

/**
 * Deadlines as reports write them (完成时限): 2023年9月30日 (also 2023.9.30, 2023-09-30), 2023年9月底
 * and 2023年9月 (the month's last day), 2023年底 (the year's), with 前 or 以前 after them; 长期坚持
 * makes an ongoing measure, 立行立改 an immediate one.
 */
final class Deadlines {

    /** What a deadline says: a date, or a kind of measure, or both. */
    record Deadline(LocalDate date, MeasureKind kind) {
    }

    private static final String NUMBER = "([0-9０-９]{1,4})"; //$NON-NLS-1$
    private static final Pattern DAY = Pattern
            .compile(NUMBER + "\\s*[年.\\-/／]\\s*" + NUMBER + "\\s*[月.\\-/／]\\s*" + NUMBER + "\\s*日?"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final Pattern MONTH = Pattern.compile(NUMBER + "\\s*年\\s*" + NUMBER + "\\s*月"); //$NON-NLS-1$ //$NON-NLS-2$
    private static final Pattern YEAR_END = Pattern.compile(NUMBER + "\\s*年\\s*(?:年)?(?:底|末|内)"); //$NON-NLS-1$

    private Deadlines() {
    }

    /** @return what the text says, or {@code null} when it is neither a date nor a kind of measure */
    static Deadline parse(String text) {
        MeasureKind kind = text.contains("长期") || text.contains("常态") || text.contains("持续") ? MeasureKind.ONGOING //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                : text.contains("立行立改") || text.contains("立即") ? MeasureKind.IMMEDIATE : null; //$NON-NLS-1$ //$NON-NLS-2$
        LocalDate date = date(text);
        return date == null && kind == null ? null : new Deadline(date, kind);
    }

    private static LocalDate date(String text) {
        try {
            Matcher day = DAY.matcher(text);
            if (day.find() && number(day.group(1)) > 1900) {
                return LocalDate.of(number(day.group(1)), number(day.group(2)), number(day.group(3)));
            }
            Matcher month = MONTH.matcher(text);
            if (month.find()) {
                return YearMonth.of(number(month.group(1)), number(month.group(2))).atEndOfMonth();
            }
            Matcher year = YEAR_END.matcher(text);
            if (year.find()) {
                return LocalDate.of(number(year.group(1)), 12, 31);
            }
        } catch (DateTimeException e) {
            return null; // no such day: not a date
        }
        return null;
    }

    private static int number(String digits) {
        int value = 0;
        for (char c : digits.toCharArray()) {
            value = value * 10 + (c >= '０' ? c - '０' : c - '0');
        }
        return value;
    }
}
