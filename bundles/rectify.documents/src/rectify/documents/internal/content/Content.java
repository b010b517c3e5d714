package rectify.documents.internal.content;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.Enumerator;

import rectify.documents.DocumentKind;
import rectify.documents.internal.Body;
import rectify.model.OrgUnit;
import rectify.model.OrgUnitKind;
import rectify.model.Person;
import rectify.model.Record;
import rectify.model.Register;
import rectify.model.Review;
import rectify.model.edit.Labels;
import rectify.model.urgency.WarningThresholds;

/**
 * What a document says of a record: the values of its template's placeholders {@code {{name}}}
 * and the blocks written in place of {@code {{#name}}}. Every document has the record's title
 * ({@code record}), the title of its material ({@code title}), the organization, the superior organ,
 * the year and the date it is signed ({@code date}).
 */
public abstract class Content {

    /** The language of names in documents, whatever the user's. */
    static final Locale CHINESE = Locale.CHINESE;

    final Record record;
    final LocalDate today;

    Content(Record record, LocalDate today) {
        this.record = record;
        this.today = today;
    }

    /**
     * @param kind a document
     * @param record the record it is made from
     * @param today the day it is made, on which progress and lateness are judged
     * @param thresholds when an open measure is due soon
     * @return what the document says
     */
    public static Content of(DocumentKind kind, Record record, LocalDate today, WarningThresholds thresholds) {
        return switch (kind) {
            case MATERIAL -> new Material(record, today);
            case PLAN -> new Plan(record, today, thresholds);
            case REPORT -> new Report(record, today);
            case LISTS -> new Lists(record, today, thresholds);
            case MEETING -> new MeetingReport(record, today);
        };
    }

    /**
     * @param kind a document
     * @return its name in Chinese, as the documents call themselves, e.g. 整改方案
     */
    public static String documentName(DocumentKind kind) {
        return switch (kind) {
            case MATERIAL -> Words.nameMaterial;
            case PLAN -> Words.namePlan;
            case REPORT -> Words.nameReport;
            case LISTS -> Words.nameLists;
            case MEETING -> Words.nameMeeting;
        };
    }

    /** @return the value of each placeholder {@code {{name}}} */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        Review review = record.getReview();
        values.put("title",
                review == null || Words.isBlank(review.getTitle()) ? Words.text(record.getTitle()) : review.getTitle());
        values.put("record", Words.text(record.getTitle()));
        Register register = record.eContainer() instanceof Register r ? r : null;
        values.put("organization", register == null ? "" : Words.text(register.getOrganizationName()));
        values.put("superior", superior(register));
        values.put("year", record.getYear() > 0 ? Integer.toString(record.getYear()) : "");
        values.put("date", Words.date(today));
        return values;
    }

    /** @return what is written in place of each block placeholder {@code {{#name}}}, in the template's order */
    public abstract Map<String, Consumer<Body>> blocks();

    private static String superior(Register register) {
        if (register != null) {
            for (OrgUnit unit : register.getUnits()) {
                if (unit.getKind() == OrgUnitKind.SUPERIOR && !Words.isBlank(unit.getName())) {
                    return unit.getName();
                }
            }
        }
        return Words.superior;
    }

    /** @return the literal's name in Chinese, e.g. 推进中 */
    static String label(Enumerator literal) {
        return Labels.literal(literal, CHINESE);
    }

    /** @return the person's name, or the word for none */
    static String name(Person person) {
        return person == null || Words.isBlank(person.getName()) ? Words.none : person.getName();
    }

    /** @return the unit's name, or the word for none */
    static String name(OrgUnit unit) {
        return unit == null || Words.isBlank(unit.getName()) ? Words.none : unit.getName();
    }

    /** @return the number as a document writes it, e.g. 91.7 or 100 */
    static String percent(int part, int whole) {
        if (whole == 0) {
            return "0";
        }
        double rate = Math.round(part * 1000.0 / whole) / 10.0;
        return rate == Math.rint(rate) ? Long.toString((long) rate) : Double.toString(rate);
    }
}
