package rectify.ledger;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import rectify.ledger.internal.Messages;
import rectify.model.Measure;
import rectify.model.OrgUnit;
import rectify.model.Person;
import rectify.model.Problem;

/**
 * Names of the ledger's people, units, problems and measures in the user's language, the same as
 * the record editor shows; the names of statuses, kinds and results are the edit bundle's
 * ({@link rectify.model.edit.Labels#literal}).
 */
public final class LedgerLabels {

    private LedgerLabels() {
    }

    /** @return the name of a person, or null */
    public static String person(Person person) {
        return person == null ? null : person.getName();
    }

    /** @return the name of a unit, or null */
    public static String unit(OrgUnit unit) {
        return unit == null ? null : unit.getName();
    }

    /** @return the problems with their full numbers and headlines, one a line */
    public static String problems(List<Problem> problems) {
        return problems.stream().map(problem -> problem.getFullNumber() + ' ' + nonNull(problem.getHeadline()))
                .collect(Collectors.joining("\n")); //$NON-NLS-1$
    }

    /** @return the measure as messages name it, e.g. 措施 2.1「推进业务平台数据共享。」 */
    public static String measure(Measure measure) {
        return NLS.bind(Messages.measureLabel, measure.getFullNumber(), nonNull(measure.getHeadline()));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text.strip(); //$NON-NLS-1$
    }
}
