package rectify.search.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.ChainElement;
import rectify.model.Direction;
import rectify.model.Example;
import rectify.model.Measure;
import rectify.model.MeasureStatus;
import rectify.model.Meeting;
import rectify.model.OrgUnit;
import rectify.model.Person;
import rectify.model.Problem;
import rectify.model.ProgressEntry;
import rectify.model.Record;
import rectify.model.Register;
import rectify.model.Review;
import rectify.search.ElementKind;

/**
 * Reads what the index keeps from the model. Runs where the model may be read (the thread that
 * edits it); what it returns may then go anywhere.
 */
public final class ModelTexts {

    /** The status term of the measures not done yet, and of the problems that have such a measure. */
    public static final String OPEN = "open"; //$NON-NLS-1$

    private ModelTexts() {
    }

    /**
     * @param register a register
     * @return what the index keeps of each of its records, in order
     */
    public static List<IndexedRecord> of(Register register) {
        return register.getRecords().stream().map(record -> of(register, record)).toList();
    }

    /**
     * @param register the record's register
     * @param record a record
     * @return what the index keeps of the record and its elements
     */
    public static IndexedRecord of(Register register, Record record) {
        List<IndexedElement> elements = new ArrayList<>();
        elements.add(element(record, ElementKind.RECORD, record.getTitle(), record.getTitle()));
        Review review = record.getReview();
        if (review != null) {
            for (Aspect aspect : review.getAspects()) {
                elements.add(
                        element(aspect, ElementKind.ASPECT, aspect.getTitle(), aspect.getTitle(), aspect.getSummary()));
                aspect.getProblems().forEach(problem -> elements.add(problem(problem)));
            }
            review.getCauses()
                    .forEach(cause -> elements.add(new IndexedElement(id(cause), ElementKind.CAUSE, number(cause),
                            text(cause.getHeadline()), text(cause), Set.of(), Set.of(), Set.of())));
            for (Direction direction : review.getDirections()) {
                elements.add(element(direction, ElementKind.DIRECTION, direction.getHeading(), direction.getHeading(),
                        direction.getSummary()));
                direction.getMeasures().forEach(measure -> elements.add(measure(measure)));
            }
        }
        if (record instanceof Meeting meeting) {
            meeting.getSolicitations().stream().flatMap(solicitation -> solicitation.getOpinions().stream())
                    .forEach(opinion -> elements.add(new IndexedElement(id(opinion), ElementKind.OPINION, "", //$NON-NLS-1$
                            "", text(opinion.getText()), names(Stream.of(opinion.getSourceUnit())), Set.of(), //$NON-NLS-1$
                            Set.of())));
        }
        return new IndexedRecord(id(record), text(record.getTitle()), record.getYear(),
                text(register.getOrganizationName()),
                List.copyOf(elements));
    }

    /**
     * @param element a problem, cause or measure
     * @return its whole text, the headline first: a problem's explanation and examples, a cause's
     *         analysis, a measure's text and progress reports
     */
    public static String text(ChainElement element) {
        List<String> parts = new ArrayList<>(List.of(text(element.getHeadline())));
        switch (element) {
            case Problem problem -> {
                parts.add(text(problem.getExplanation()));
                for (Example example : problem.getExamples()) {
                    parts.add(text(example.getLead()) + text(example.getText()));
                }
            }
            case Measure measure -> {
                parts.add(text(measure.getText()));
                measure.getProgress().stream().map(ProgressEntry::getText).map(ModelTexts::text).forEach(parts::add);
            }
            case Cause cause -> parts.add(text(cause.getAnalysis()));
            default -> {
                // no other kind of chain element
            }
        }
        return joined(parts);
    }

    private static IndexedElement problem(Problem problem) {
        Collection<Measure> measures = problem.getMeasures();
        return new IndexedElement(id(problem), ElementKind.PROBLEM, number(problem), text(problem.getHeadline()),
                text(problem),
                names(measures.stream().map(Measure::getResponsibleUnit)),
                people(measures.stream().map(Measure::getResponsibleLeader)),
                measures.stream().anyMatch(ModelTexts::isOpen) ? Set.of(OPEN) : Set.of());
    }

    private static IndexedElement measure(Measure measure) {
        Set<String> statuses = new TreeSet<>();
        if (measure.getStatus() != null) {
            statuses.add(measure.getStatus().getLiteral());
        }
        if (isOpen(measure)) {
            statuses.add(OPEN);
        }
        return new IndexedElement(id(measure), ElementKind.MEASURE, number(measure), text(measure.getHeadline()),
                text(measure),
                names(Stream.of(measure.getResponsibleUnit())), people(Stream.of(measure.getResponsibleLeader())),
                statuses);
    }

    private static boolean isOpen(Measure measure) {
        return measure.getStatus() == null || measure.getStatus() == MeasureStatus.PLANNED
                || measure.getStatus() == MeasureStatus.IN_PROGRESS;
    }

    private static IndexedElement element(EObject element, ElementKind kind, String headline, String... parts) {
        return new IndexedElement(id(element), kind, number(element), text(headline), joined(Arrays.asList(parts)),
                Set.of(), Set.of(),
                Set.of());
    }

    /** @return the element's number as the model gives it to every view: 2.1 for a problem or measure, 2 for an aspect */
    private static String number(EObject element) {
        return switch (element) {
            case ChainElement chain -> chain.getFullNumber();
            case Aspect aspect -> Integer.toString(aspect.getPosition());
            case Direction direction -> Integer.toString(direction.getPosition());
            default -> ""; //$NON-NLS-1$
        };
    }

    /** @return the element's identifier in its register */
    public static String id(EObject element) {
        return EcoreUtil.getURI(element).fragment();
    }

    private static Set<String> names(Stream<OrgUnit> units) {
        return units.filter(Objects::nonNull).map(OrgUnit::getName).filter(name -> name != null && !name.isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> people(Stream<Person> people) {
        return people.filter(Objects::nonNull).map(Person::getName).filter(name -> name != null && !name.isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String joined(List<String> parts) {
        return parts.stream().map(ModelTexts::text).filter(part -> !part.isEmpty()).collect(Collectors.joining("\n")); //$NON-NLS-1$
    }

    private static String text(String text) {
        return text == null ? "" : text.strip(); //$NON-NLS-1$
    }
}
