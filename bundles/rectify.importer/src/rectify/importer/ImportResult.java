package rectify.importer;

import java.nio.file.Path;
import java.util.List;

import rectify.model.Notice;
import rectify.model.OrgUnit;
import rectify.model.Person;
import rectify.model.Record;
import rectify.model.Register;
import rectify.model.ReviewTemplate;

/**
 * A document read and recognised: its record, which belongs to no register, and the report of
 * what was recognised. {@link #prepare} fits a copy of the record to a register, so one result
 * can be added to several registers, or looked at and dropped.
 */
public final class ImportResult {

    private final Path document;
    private final Record record;
    private final List<Notice> notices;
    private final List<Person> people;
    private final List<OrgUnit> units;
    private final RecognitionReport report;

    ImportResult(Path document, Record record, List<Notice> notices, List<Person> people, List<OrgUnit> units,
            RecognitionReport report) {
        this.document = document;
        this.record = record;
        this.notices = List.copyOf(notices);
        this.people = List.copyOf(people);
        this.units = List.copyOf(units);
        this.report = report;
    }

    /** @return the document the record was made from */
    public Path document() {
        return document;
    }

    /**
     * @return the record made from the document: a meeting or an inspection with its review, in
     *         no resource; the notices, people and units it refers to are in none either. Look, do
     *         not change: add it through {@link #prepare}
     */
    public Record record() {
        return record;
    }

    /** @return what was recognised, inferred and not placed */
    public RecognitionReport report() {
        return report;
    }

    /**
     * Makes what adding the record to a register takes, without changing the register: a copy of
     * the record whose notices are the register's own when it has them (by title) and new ones
     * otherwise, and so are the responsible leaders and units of its measures (by name),
     * answering a review template: the one given, or else the register's only
     * template made from the record's notice, if there is one.
     *
     * @param register the register
     * @param template the template the review answers, or {@code null} to look for one
     * @return the addition, to {@link RegisterAddition#apply() apply} or to turn into commands
     */
    public RegisterAddition prepare(Register register, ReviewTemplate template) {
        return RegisterAddition.of(this, register, template);
    }

    List<Notice> notices() {
        return notices;
    }

    List<Person> people() {
        return people;
    }

    List<OrgUnit> units() {
        return units;
    }
}
