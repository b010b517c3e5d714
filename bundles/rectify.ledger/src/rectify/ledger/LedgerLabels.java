package rectify.ledger;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import rectify.ledger.internal.Messages;
import rectify.model.Aspect;
import rectify.model.Measure;
import rectify.model.MeasureKind;
import rectify.model.MeasureStatus;
import rectify.model.OrgUnit;
import rectify.model.Person;
import rectify.model.Problem;
import rectify.model.Review;
import rectify.model.Severity;
import rectify.model.VerificationResult;
import rectify.model.provider.RectifyEditPlugin;

/** Names of the ledger's values in the user's language, the same as the record editor shows. */
public final class LedgerLabels {

    private LedgerLabels() {
    }

    /** @return the name of a status, e.g. 推进中 */
    public static String status(MeasureStatus status) {
        return literal("MeasureStatus", status.getName()); //$NON-NLS-1$
    }

    /** @return the name of a verification result, e.g. 部分有效 */
    public static String result(VerificationResult result) {
        return literal("VerificationResult", result.getName()); //$NON-NLS-1$
    }

    /** @return the name of a kind of measure, e.g. 建章立制 */
    public static String kind(MeasureKind kind) {
        return literal("MeasureKind", kind.getName()); //$NON-NLS-1$
    }

    /** @return the name of a severity, e.g. 较重 */
    public static String severity(Severity severity) {
        return literal("Severity", severity.getName()); //$NON-NLS-1$
    }

    /** @return the name of a person, or null */
    public static String person(Person person) {
        return person == null ? null : person.getName();
    }

    /** @return the name of a unit, or null */
    public static String unit(OrgUnit unit) {
        return unit == null ? null : unit.getName();
    }

    /**
     * @return the number of a problem as the ledger gives it, {@code <aspect>.<problem>}, e.g.
     *         {@code 2.1}; the problem's own number when it is in no review's aspect
     */
    public static String number(Problem problem) {
        if (problem.eContainer() instanceof Aspect aspect && aspect.eContainer() instanceof Review review) {
            return (review.getAspects().indexOf(aspect) + 1) + "." + problem.getNumber(); //$NON-NLS-1$
        }
        return Integer.toString(problem.getNumber());
    }

    /** @return the problems with their numbers and headlines, one a line */
    public static String problems(List<Problem> problems) {
        return problems.stream().map(problem -> number(problem) + ' ' + nonNull(problem.getHeadline()))
                .collect(Collectors.joining("\n")); //$NON-NLS-1$
    }

    /** @return the measure as messages name it, e.g. 措施 2.1「推进业务平台数据共享。」 */
    public static String measure(Measure measure) {
        return NLS.bind(Messages.measureLabel, Ledger.number(measure), nonNull(measure.getHeadline()));
    }

    private static String literal(String type, String name) {
        return RectifyEditPlugin.INSTANCE.getString("_UI_" + type + '_' + name + "_literal"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String nonNull(String text) {
        return text == null ? "" : text.strip(); //$NON-NLS-1$
    }
}
