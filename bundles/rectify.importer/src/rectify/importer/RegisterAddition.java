package rectify.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import rectify.importer.Finding.Kind;
import rectify.importer.internal.Messages;
import rectify.model.Measure;
import rectify.model.Meeting;
import rectify.model.Notice;
import rectify.model.OrgUnit;
import rectify.model.Person;
import rectify.model.Record;
import rectify.model.Register;
import rectify.model.ReviewTemplate;

/**
 * What adding an imported record to a register takes: the record, fitted to the register, and
 * the notices, people and units the register does not hold yet. Nothing is in the register until
 * {@link #apply()}; an editor can instead add {@link #record()}, {@link #newNotices()},
 * {@link #newPeople()} and {@link #newUnits()} through commands, in one undoable step.
 */
public final class RegisterAddition {

    private final Register register;
    private final Record record;
    private final List<Notice> newNotices;
    private final List<Person> newPeople;
    private final List<OrgUnit> newUnits;
    private final ReviewTemplate template;
    private final List<Finding> findings;

    private RegisterAddition(Register register, Record record, List<Notice> newNotices, List<Person> newPeople,
            List<OrgUnit> newUnits, ReviewTemplate template, List<Finding> findings) {
        this.register = register;
        this.record = record;
        this.newNotices = List.copyOf(newNotices);
        this.newPeople = List.copyOf(newPeople);
        this.newUnits = List.copyOf(newUnits);
        this.template = template;
        this.findings = findings;
    }

    static RegisterAddition of(ImportResult result, Register register, ReviewTemplate explicit) {
        List<Finding> findings = new ArrayList<>();
        Record record = EcoreUtil.copy(result.record());
        List<Notice> newNotices = new ArrayList<>();
        Map<Notice, Notice> resolved = new HashMap<>();
        for (Notice notice : result.notices()) {
            Notice held = register.getNotices().stream().filter(n -> Objects.equals(n.getTitle(), notice.getTitle()))
                    .findFirst().orElse(null);
            if (held != null) {
                findings.add(new Finding(Kind.RECOGNISED, 0, NLS.bind(Messages.foundNoticeReused, notice.getTitle())));
            } else {
                held = EcoreUtil.copy(notice);
                newNotices.add(held);
            }
            resolved.put(notice, held);
        }
        Notice basis = null;
        if (record instanceof Meeting meeting) {
            meeting.setBasisNotice(resolved.get(meeting.getBasisNotice()));
            meeting.setPlan(resolved.get(meeting.getPlan()));
            basis = meeting.getBasisNotice();
        }
        List<Person> newPeople = new ArrayList<>();
        Map<Person, Person> people = resolve(result.people(), register.getPeople(), Person::getName, newPeople);
        List<OrgUnit> newUnits = new ArrayList<>();
        Map<OrgUnit, OrgUnit> units = resolve(result.units(), register.getUnits(), OrgUnit::getName, newUnits);
        if (result.people().size() + result.units().size() > newPeople.size() + newUnits.size()) {
            findings.add(new Finding(Kind.RECOGNISED, 0, NLS.bind(Messages.foundPeopleReused,
                    result.people().size() - newPeople.size(), result.units().size() - newUnits.size())));
        }
        for (var content = record.eAllContents(); content.hasNext();) {
            if (content.next() instanceof Measure measure) {
                measure.setResponsibleLeader(
                        people.getOrDefault(measure.getResponsibleLeader(), measure.getResponsibleLeader()));
                measure.setResponsibleUnit(
                        units.getOrDefault(measure.getResponsibleUnit(), measure.getResponsibleUnit()));
            }
        }
        ReviewTemplate template = explicit != null ? explicit : TemplateMatching.answering(register, basis);
        if (template != null && record.getReview() != null) {
            findings.add(new Finding(Kind.RECOGNISED, 0,
                    NLS.bind(explicit != null ? Messages.foundTemplate : Messages.foundTemplateByNotice,
                            template.getName())));
            TemplateMatching.match(record.getReview(), template, findings);
        }
        return new RegisterAddition(register, record, newNotices, newPeople, newUnits, template, findings);
    }

    /**
     * @return for each object of the record, the register's own of the same name, or a copy of it
     *         that {@code added} gets
     */
    private static <T extends EObject> Map<T, T> resolve(List<T> objects, List<T> held, Function<T, String> name,
            List<T> added) {
        Map<T, T> resolved = new HashMap<>();
        for (T object : objects) {
            T same = held.stream().filter(h -> Objects.equals(name.apply(h), name.apply(object))).findFirst()
                    .orElseGet(() -> {
                        T copy = EcoreUtil.copy(object);
                        added.add(copy);
                        return copy;
                    });
            resolved.put(object, same);
        }
        return resolved;
    }

    /** @return the register the record is for */
    public Register register() {
        return register;
    }

    /** @return the record to add to the register's records */
    public Record record() {
        return record;
    }

    /** @return the notices the record refers to that the register does not hold yet, to add to its notices */
    public List<Notice> newNotices() {
        return newNotices;
    }

    /** @return the responsible leaders the record's measures name that the register does not hold yet, to add to its people */
    public List<Person> newPeople() {
        return newPeople;
    }

    /** @return the responsible units the record's measures name that the register does not hold yet, to add to its units */
    public List<OrgUnit> newUnits() {
        return newUnits;
    }

    /** @return the template the review answers, or {@code null} */
    public ReviewTemplate template() {
        return template;
    }

    /** @return what fitting the record to the register found: notices reused, the template and its aspects */
    public List<Finding> findings() {
        return Collections.unmodifiableList(findings);
    }

    /**
     * Adds the record and the new notices, people and units to the register.
     *
     * @throws IllegalStateException when the record is in a register already
     */
    public void apply() {
        if (record.eContainer() != null) {
            throw new IllegalStateException("the record was added already"); //$NON-NLS-1$
        }
        register.getNotices().addAll(newNotices);
        register.getPeople().addAll(newPeople);
        register.getUnits().addAll(newUnits);
        register.getRecords().add(record);
    }

    void add(Finding finding) {
        findings.add(finding);
    }
}
