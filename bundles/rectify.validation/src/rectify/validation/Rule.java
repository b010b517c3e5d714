package rectify.validation;

import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;

import rectify.model.RecordStatus;

/**
 * The rules of a complete review, the closed loop (闭环) of problems, causes and measures, and of
 * the records around it. Each rule has a stable {@link #id() id} and {@link #code() code}, a
 * nominal {@link #severity() severity} and messages in English and Chinese
 * ({@code messages*.properties}).
 *
 * <h2>Severities</h2>
 * The severity of a diagnostic depends on the status of the record that holds the element
 * ({@link #severityFor(RecordStatus)}):
 * <ul>
 * <li>Rules of the closed loop whose nominal severity is {@link Diagnostic#ERROR} report an
 * error once the record is held (held, rectifying, closed, archived) and only a
 * {@link Diagnostic#WARNING} while the record is a draft: a draft is work in progress.</li>
 * <li>Rules with a nominal {@link Diagnostic#WARNING} (overdue measures, closed measures without
 * verification, numbering out of order) warn whatever the status: they point at something to
 * chase or tidy, not at a broken record.</li>
 * <li>{@link #ARCHIVAL_INFO_COMPLETE} applies before archiving only: a {@link Diagnostic#WARNING}
 * while the record is closed (ready to be filed), an {@link Diagnostic#ERROR} once it is
 * archived, and nothing for earlier statuses, whose archival information is not yet due.</li>
 * <li>Elements outside any record (e.g. a review validated on its own) get the nominal severity.</li>
 * </ul>
 *
 * <h2>Rules and their scope</h2>
 * <table>
 * <caption>Rules</caption>
 * <tr><th>rule</th><th>id</th><th>element</th><th>nominal severity</th></tr>
 * <tr><td>{@link #PROBLEM_HAS_CAUSE}</td><td>problem.cause</td><td>problem</td><td>error</td></tr>
 * <tr><td>{@link #PROBLEM_HAS_MEASURE}</td><td>problem.measure</td><td>problem</td><td>error</td></tr>
 * <tr><td>{@link #PROBLEM_REPEAT}</td><td>problem.repeat</td><td>problem</td><td>info</td></tr>
 * <tr><td>{@link #CAUSE_HAS_PROBLEM}</td><td>cause.problem</td><td>cause</td><td>error</td></tr>
 * <tr><td>{@link #CAUSE_HAS_MEASURE}</td><td>cause.measure</td><td>cause</td><td>error</td></tr>
 * <tr><td>{@link #MEASURE_HAS_RESPONSIBLE}</td><td>measure.responsible</td><td>measure</td><td>error</td></tr>
 * <tr><td>{@link #MEASURE_HAS_DEADLINE}</td><td>measure.deadline</td><td>measure</td><td>error</td></tr>
 * <tr><td>{@link #MEASURE_NOT_OVERDUE}</td><td>measure.overdue</td><td>measure</td><td>warning</td></tr>
 * <tr><td>{@link #MEASURE_CLOSED_VERIFIED}</td><td>measure.verification</td><td>measure</td><td>warning</td></tr>
 * <tr><td>{@link #REQUIRED_ASPECT_PRESENT}</td><td>template.aspect</td><td>review</td><td>error</td></tr>
 * <tr><td>{@link #REQUIRED_ASPECT_MINIMUM}</td><td>template.minimum</td><td>aspect</td><td>error</td></tr>
 * <tr><td>{@link #OPINION_HAS_PROBLEM}</td><td>opinion.problem</td><td>opinion</td><td>error</td></tr>
 * <tr><td>{@link #OPINION_HAS_REASON}</td><td>opinion.reason</td><td>opinion</td><td>error</td></tr>
 * <tr><td>{@link #NUMBER_UNIQUE}</td><td>number.unique</td><td>problem, cause, measure</td><td>error</td></tr>
 * <tr><td>{@link #NUMBER_IN_ORDER}</td><td>number.order</td><td>problem, cause, measure</td><td>warning</td></tr>
 * <tr><td>{@link #ARCHIVAL_INFO_COMPLETE}</td><td>archive.complete</td><td>meeting, inspection</td><td>error (archived)</td></tr>
 * </table>
 */
public enum Rule {

    /** Every problem is traced to at least one cause. */
    PROBLEM_HAS_CAUSE("problem.cause", 101, Diagnostic.ERROR, Scale.DRAFT_WARNS, "problemHasCause"),

    /** Every problem is remedied by at least one measure. */
    PROBLEM_HAS_MEASURE("problem.measure", 102, Diagnostic.ERROR, Scale.DRAFT_WARNS, "problemHasMeasure"),

    /**
     * A problem confirmed as found again ({@code Problem.earlierOccurrence}: 年年查年年有) is told, as
     * information: superiors look for such problems first. Not a gap of the review; the likely
     * repeats that are not confirmed yet are found by search, outside the rules.
     */
    PROBLEM_REPEAT("problem.repeat", 103, Diagnostic.INFO, Scale.FIXED, "problemRepeat"),

    /** Every cause is tied to at least one problem. */
    CAUSE_HAS_PROBLEM("cause.problem", 201, Diagnostic.ERROR, Scale.DRAFT_WARNS, "causeHasProblem"),

    /** Every cause is remedied by at least one measure. */
    CAUSE_HAS_MEASURE("cause.measure", 202, Diagnostic.ERROR, Scale.DRAFT_WARNS, "causeHasMeasure"),

    /** Every measure has a responsible leader or a responsible unit. */
    MEASURE_HAS_RESPONSIBLE("measure.responsible", 301, Diagnostic.ERROR, Scale.DRAFT_WARNS,
            "measureHasResponsible"),

    /** Every measure has a deadline, unless it is an ongoing (长期坚持) measure. */
    MEASURE_HAS_DEADLINE("measure.deadline", 302, Diagnostic.ERROR, Scale.DRAFT_WARNS, "measureHasDeadline"),

    /**
     * No measure is overdue: still planned or in progress after its deadline, judged on the day
     * given by {@link RegisterValidation#CONTEXT_TODAY} (today by default).
     */
    MEASURE_NOT_OVERDUE("measure.overdue", 303, Diagnostic.WARNING, Scale.FIXED, "measureNotOverdue"),

    /** A closed measure (销号) has been verified: closing means verified and closed. */
    MEASURE_CLOSED_VERIFIED("measure.verification", 304, Diagnostic.WARNING, Scale.FIXED,
            "measureClosedVerified"),

    /**
     * Every required aspect of the review's template is present: an aspect answers it through
     * {@code Aspect.requirement}, or, having no requirement, has the same title or short name
     * (ignoring white space and a closing full stop). Reported on the review.
     */
    REQUIRED_ASPECT_PRESENT("template.aspect", 401, Diagnostic.ERROR, Scale.DRAFT_WARNS, "requiredAspectPresent"),

    /**
     * Every required aspect present lists at least the template's minimum of problems. Reported
     * on the (first) aspect that answers the required aspect.
     */
    REQUIRED_ASPECT_MINIMUM("template.minimum", 402, Diagnostic.ERROR, Scale.DRAFT_WARNS, "requiredAspectMinimum"),

    /** Every adopted (or merged) opinion points at least at one problem. */
    OPINION_HAS_PROBLEM("opinion.problem", 501, Diagnostic.ERROR, Scale.DRAFT_WARNS, "opinionHasProblem"),

    /** Every opinion not adopted gives a reason. */
    OPINION_HAS_REASON("opinion.reason", 502, Diagnostic.ERROR, Scale.DRAFT_WARNS, "opinionHasReason"),

    /**
     * Numbers are unique within their scope: the problems of an aspect, the causes of a review,
     * the measures of a direction (as in real documents, where each aspect and each direction
     * starts again at 1). Reported on the later element of a pair.
     */
    NUMBER_UNIQUE("number.unique", 601, Diagnostic.ERROR, Scale.DRAFT_WARNS, "numberUnique"),

    /**
     * Numbers run in order 1, 2, … n within their scope, in document order. Reported on each
     * element whose number is not its position (and that is not already a duplicate).
     */
    NUMBER_IN_ORDER("number.order", 602, Diagnostic.WARNING, Scale.FIXED, "numberInOrder"),

    /**
     * The archival information is complete before archiving: the register's fonds code, the year,
     * the retention period and the item number (the organization code may stay blank, as DA/T
     * 22-2015 allows). See the class comment for its severities.
     */
    ARCHIVAL_INFO_COMPLETE("archive.complete", 701, Diagnostic.ERROR, Scale.ARCHIVING, "archivalInfoComplete");

    /** How a rule's severity follows the status of the record. */
    private enum Scale {
        /** The nominal severity whatever the status. */
        FIXED,
        /** An error becomes a warning while the record is a draft. */
        DRAFT_WARNS,
        /** Applies to closed records (warning) and archived ones (error) only. */
        ARCHIVING
    }

    private final String id;
    private final int code;
    private final int severity;
    private final Scale scale;
    private final String messageKey;

    Rule(String id, int code, int severity, Scale scale, String messageKey) {
        this.id = id;
        this.code = code;
        this.severity = severity;
        this.scale = scale;
        this.messageKey = messageKey;
    }

    /**
     * @return the stable identifier of the rule, e.g. {@code problem.cause}; scripts and
     *         preferences may rely on it
     */
    public String id() {
        return id;
    }

    /** @return the stable diagnostic code of the rule, unique among the rules */
    public int code() {
        return code;
    }

    /**
     * @return the nominal severity, {@link Diagnostic#ERROR}, {@link Diagnostic#WARNING} or
     *         {@link Diagnostic#INFO}: the severity for a record that has been held
     */
    public int severity() {
        return severity;
    }

    /**
     * The severity the rule reports with for an element of a record in the given status.
     *
     * @param status the status of the record holding the element; {@code null} when the element
     *        is not in a record
     * @return the severity; {@link Diagnostic#OK} when the rule does not apply in that status
     */
    public int severityFor(RecordStatus status) {
        if (status == null) {
            return severity;
        }
        return switch (scale) {
            case FIXED -> severity;
            case DRAFT_WARNS -> status == RecordStatus.DRAFT ? Math.min(severity, Diagnostic.WARNING) : severity;
            case ARCHIVING -> switch (status) {
                case ARCHIVED -> severity;
                case CLOSED -> Math.min(severity, Diagnostic.WARNING);
                default -> Diagnostic.OK;
            };
        };
    }

    /**
     * @param locale the language; {@code null} for the platform's
     * @return a short title of the rule in that language, for lists and preferences
     */
    public String title(Locale locale) {
        return Texts.of(locale).get(messageKey + "Title");
    }

    /** @return the key of the rule's message in {@code messages*.properties}; its title adds {@code Title} */
    String messageKey() {
        return messageKey;
    }

    /**
     * @param id a rule id
     * @return the rule with that id, or {@code null}
     */
    public static Rule ofId(String id) {
        for (Rule rule : values()) {
            if (rule.id.equals(id)) {
                return rule;
            }
        }
        return null;
    }

    /**
     * @param code a diagnostic code
     * @return the rule with that code, or {@code null}
     */
    public static Rule ofCode(int code) {
        for (Rule rule : values()) {
            if (rule.code == code) {
                return rule;
            }
        }
        return null;
    }
}
