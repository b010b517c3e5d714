package rectify.documents.internal.content;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;

import rectify.documents.internal.Body;
import rectify.model.AttachedDocument;
import rectify.model.DeadlineChange;
import rectify.model.Direction;
import rectify.model.Measure;
import rectify.model.MeasureKind;
import rectify.model.ProgressEntry;
import rectify.model.Record;
import rectify.model.urgency.Urgency;

/**
 * The report on how rectification went: the statistics from the ledger (problems, measures, done,
 * the rate, open), each measure's status, last progress and evidence under its direction
 * ({@code {{#progress}}}), the measures still open with the reason ({@code {{#open}}}: the last
 * change of deadline, else the last progress), and the next steps ({@code {{#next}}}).
 */
final class Report extends Content {

    Report(Record record, LocalDate today) {
        super(record, today);
    }

    @Override
    public Map<String, String> values() {
        Map<String, String> values = super.values();
        List<Measure> measures = measures();
        int done = (int) measures.stream().filter(measure -> !Urgency.isOpen(measure.getStatus())).count();
        values.put("problems", Integer.toString(record.getProblemCount()));
        values.put("measures", Integer.toString(measures.size()));
        values.put("done", Integer.toString(done));
        values.put("open", Integer.toString(measures.size() - done));
        values.put("rate", percent(done, measures.size()));
        values.put("today", Words.date(today));
        return values;
    }

    @Override
    public Map<String, Consumer<Body>> blocks() {
        Map<String, Consumer<Body>> blocks = new LinkedHashMap<>();
        blocks.put("progress", this::progress);
        blocks.put("open", this::open);
        blocks.put("next", this::next);
        return blocks;
    }

    private List<Measure> measures() {
        return record.getReview() == null ? List.of()
                : record.getReview().getDirections().stream().flatMap(direction -> direction.getMeasures().stream())
                        .toList();
    }

    private void progress(Body body) {
        if (record.getReview() == null) {
            return;
        }
        for (Direction direction : record.getReview().getDirections()) {
            body.heading2(Words.text(direction.getLabel()) + Words.text(direction.getHeading()));
            for (Measure measure : direction.getMeasures()) {
                ProgressEntry last = last(measure.getProgress());
                body.text(NLS.bind(Words.itemNumber, measure.getNumber()) + Words.text(measure.getHeadline())
                        + NLS.bind(Words.status, label(measure.getStatus()))
                        + (last == null || Words.isBlank(last.getText()) ? Words.noProgress : last.getText()));
                List<String> evidence = measure.getProgress().stream().flatMap(entry -> entry.getEvidence().stream())
                        .map(Report::evidence).distinct().toList();
                if (!evidence.isEmpty()) {
                    body.text(NLS.bind(Words.evidence, String.join(Words.separator, evidence)));
                }
            }
        }
    }

    private void open(Body body) {
        List<Measure> open = measures().stream().filter(measure -> Urgency.isOpen(measure.getStatus())).toList();
        if (open.isEmpty()) {
            body.text(Words.allDone);
        }
        for (Measure measure : open) {
            body.text(NLS.bind(Words.openItem,
                    new Object[] { Words.text(measure.getHeadline()), name(measure.getResponsibleUnit()),
                            Plan.deadline(measure) })
                    + reason(measure));
        }
    }

    private static String reason(Measure measure) {
        DeadlineChange change = last(measure.getDeadlineChanges());
        if (change != null && !Words.isBlank(change.getReason())) {
            return NLS.bind(Words.reasonChanged, new Object[] { Words.date(change.getPreviousDeadline()),
                    Words.date(change.getNewDeadline()), change.getReason() }) + "。";
        }
        ProgressEntry last = last(measure.getProgress());
        if (last != null && !Words.isBlank(last.getText())) {
            return NLS.bind(Words.reasonProgress, last.getText());
        }
        return Words.reasonNone;
    }

    private void next(Body body) {
        for (Measure measure : measures()) {
            if (!Urgency.isOpen(measure.getStatus())) {
                continue;
            }
            if (measure.getDeadline() == null || measure.getKind() == MeasureKind.ONGOING) {
                body.text(NLS.bind(Words.nextOngoing, Words.text(measure.getHeadline())));
            } else {
                body.text(
                        NLS.bind(Words.nextItem, Words.text(measure.getHeadline()), Words.date(measure.getDeadline())));
            }
        }
        body.text(Words.nextAlways);
    }

    private static String evidence(AttachedDocument document) {
        return Words.isBlank(document.getTitle()) ? Words.text(document.getPath()) : document.getTitle();
    }

    private static <T> T last(List<T> list) {
        return list.isEmpty() ? null : list.get(list.size() - 1);
    }
}
