package rectify.archive.internal.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.osgi.util.NLS;

import rectify.model.OrgUnit;
import rectify.model.Person;
import rectify.model.Record;
import rectify.model.Register;
import rectify.model.RetentionPeriod;
import rectify.model.edit.Labels;

/**
 * Model values as an archived document writes them: dates, names of people and units, the names of
 * statuses, channels, kinds and dispositions (the workbench's Chinese names), retention periods as
 * the archival stamp writes them.
 */
final class Words {

    private Words() {
    }

    /** @return 2026年1月22日, or nothing for {@code null} */
    static String date(LocalDate date) {
        return date == null ? ""
                : NLS.bind(Terms.date, new Object[] { Integer.toString(date.getYear()),
                        Integer.toString(date.getMonthValue()), Integer.toString(date.getDayOfMonth()) });
    }

    /** @return the texts joined by 、 */
    static String join(List<String> texts) {
        return String.join(Terms.listSeparator, texts);
    }

    static String name(Person person) {
        return person == null || person.getName() == null ? "" : person.getName();
    }

    static String name(OrgUnit unit) {
        return unit == null || unit.getName() == null ? "" : unit.getName();
    }

    /**
     * @return the name of a status, channel, kind of unit or disposition in Chinese, as the workbench
     *         names it in Chinese (e.g. 推进中)
     */
    static String name(Enumerator literal) {
        return Labels.literal(literal, Locale.CHINESE);
    }

    static String retention(RetentionPeriod retention) {
        return switch (retention) {
            case PERMANENT -> Terms.retentionPermanent;
            case THIRTY_YEARS -> Terms.retentionThirtyYears;
            case TEN_YEARS -> Terms.retentionTenYears;
        };
    }

    /** @return the register that holds the record, or {@code null} */
    static Register register(Record record) {
        return record.eContainer() instanceof Register register ? register : null;
    }

    /** @return whether the text is {@code null} or only white space */
    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** @return the text, or nothing for {@code null} */
    static String text(String text) {
        return text == null ? "" : text;
    }
}
