package rectify.archive.internal.content;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.SubMonitor;

import rectify.archive.internal.layout.Align;
import rectify.archive.internal.layout.Flow;
import rectify.archive.internal.layout.Span;
import rectify.archive.internal.layout.Style;
import rectify.archive.internal.layout.Table;
import rectify.model.Direction;
import rectify.model.Measure;
import rectify.model.MeasureKind;
import rectify.model.Review;

/**
 * Appendix: the rectification ledger (整改台账), one row per measure with who answers for it,
 * by when, and how far it has come, overdue measures marked on the day of archiving.
 */
final class Ledger implements Appendix {

    private static final List<Table.Column> COLUMNS = List.of(new Table.Column(0.9f, Align.CENTER),
            new Table.Column(3.3f, Align.JUSTIFY), new Table.Column(1.5f, Align.CENTER),
            new Table.Column(1.8f, Align.JUSTIFY), new Table.Column(2.6f, Align.CENTER),
            new Table.Column(1.6f, Align.CENTER));

    private final Review review;
    private final References references;
    private final LocalDate today;

    Ledger(Review review, References references, LocalDate today) {
        this.review = review;
        this.references = references;
        this.today = today;
    }

    @Override
    public String title() {
        return Terms.ledgerTitle;
    }

    @Override
    public void write(Flow flow, SubMonitor monitor) {
        List<Measure> measures = review == null ? List.of()
                : review.getDirections().stream().map(Direction::getMeasures).flatMap(List::stream).toList();
        if (measures.isEmpty()) {
            flow.paragraph(Span.of(Terms.noMeasures, Style.BODY), null);
            return;
        }
        monitor.setWorkRemaining(measures.size());
        Table table = new Table(flow, COLUMNS, List.of(Terms.columnNumber, Terms.columnMeasures, Terms.columnLeader,
                Terms.columnUnit, Terms.columnDeadline, Terms.columnStatus));
        for (Measure measure : measures) {
            table.row(List.of(Table.Cell.of(measure.getFullNumber()),
                    new Table.Cell(Span.of(Words.text(measure.getHeadline()), Style.TABLE), references.anchor(measure)),
                    Table.Cell.of(Words.name(measure.getResponsibleLeader())),
                    Table.Cell.of(Words.name(measure.getResponsibleUnit())),
                    Table.Cell.of(deadline(measure)),
                    Table.Cell.of(Words.name(measure.getStatus()) + (measure.isOverdue(today) ? Terms.overdue : ""))));
            monitor.split(1);
        }
    }

    private static String deadline(Measure measure) {
        if (measure.getDeadline() != null) {
            return Words.date(measure.getDeadline());
        }
        return measure.getKind() == MeasureKind.ONGOING ? Terms.ongoing : "";
    }
}
