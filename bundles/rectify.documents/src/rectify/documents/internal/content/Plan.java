package rectify.documents.internal.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;

import rectify.documents.internal.Body;
import rectify.ledger.Ledger;
import rectify.ledger.LedgerColumn;
import rectify.ledger.LedgerRow;
import rectify.ledger.Table;
import rectify.model.Direction;
import rectify.model.Measure;
import rectify.model.MeasureKind;
import rectify.model.Record;
import rectify.model.urgency.WarningThresholds;

/**
 * The rectification plan: the directions as level-2 headings, each measure with its responsible
 * leader, unit and deadline ({@code {{#directions}}}), and the task table ({@code {{#tasks}}}).
 */
final class Plan extends Content {

    private final WarningThresholds thresholds;

    Plan(Record record, LocalDate today, WarningThresholds thresholds) {
        super(record, today);
        this.thresholds = thresholds;
    }

    @Override
    public Map<String, String> values() {
        Map<String, String> values = super.values();
        values.put("problems", Integer.toString(record.getProblemCount()));
        values.put("measures", Integer.toString(record.getMeasureCount()));
        return values;
    }

    @Override
    public Map<String, Consumer<Body>> blocks() {
        Map<String, Consumer<Body>> blocks = new LinkedHashMap<>();
        blocks.put("directions", this::directions);
        blocks.put("tasks", body -> body.table(new Table<>("", List.of(LedgerColumn.NUMBER, LedgerColumn.MEASURE,
                LedgerColumn.LEADER, LedgerColumn.UNIT, LedgerColumn.DEADLINE), rows(record, today, thresholds))));
        return blocks;
    }

    private void directions(Body body) {
        if (record.getReview() == null) {
            return;
        }
        for (Direction direction : record.getReview().getDirections()) {
            body.heading2(Words.text(direction.getLabel()) + Words.text(direction.getHeading()));
            for (Measure measure : direction.getMeasures()) {
                body.text(Material.measure(measure) + NLS.bind(Words.responsibility,
                        new Object[] { name(measure.getResponsibleLeader()), name(measure.getResponsibleUnit()),
                                deadline(measure) }));
            }
        }
    }

    /** @return the deadline as a document writes it: a date, 长期坚持, or 待定 */
    static String deadline(Measure measure) {
        if (measure.getDeadline() != null) {
            return Words.date(measure.getDeadline());
        }
        return measure.getKind() == MeasureKind.ONGOING ? Words.ongoing : Words.pending;
    }

    /** @return the ledger row of each measure of the record, in the order of the document */
    static List<LedgerRow> rows(Record record, LocalDate today, WarningThresholds thresholds) {
        List<LedgerRow> rows = new ArrayList<>();
        if (record.getReview() != null) {
            for (Direction direction : record.getReview().getDirections()) {
                direction.getMeasures().forEach(measure -> rows.add(Ledger.row(measure, today, thresholds)));
            }
        }
        return rows;
    }
}
