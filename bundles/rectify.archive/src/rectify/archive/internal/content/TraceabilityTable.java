package rectify.archive.internal.content;

import java.util.List;

import org.eclipse.core.runtime.SubMonitor;

import rectify.archive.internal.layout.Align;
import rectify.archive.internal.layout.Flow;
import rectify.archive.internal.layout.Span;
import rectify.archive.internal.layout.Style;
import rectify.archive.internal.layout.Table;
import rectify.model.Aspect;
import rectify.model.Problem;
import rectify.model.Review;

/**
 * Appendix: each problem with the causes it is traced to and the measures that remedy it; the
 * problem's cell links to the problem in the main text.
 */
final class TraceabilityTable implements Appendix {

    private static final List<Table.Column> COLUMNS = List.of(new Table.Column(4, Align.JUSTIFY),
            new Table.Column(3, Align.JUSTIFY), new Table.Column(4, Align.JUSTIFY));

    private final Review review;
    private final References references;

    TraceabilityTable(Review review, References references) {
        this.review = review;
        this.references = references;
    }

    @Override
    public String title() {
        return Terms.traceabilityTitle;
    }

    @Override
    public void write(Flow flow, SubMonitor monitor) {
        List<Problem> problems = review == null ? List.of()
                : review.getAspects().stream().map(Aspect::getProblems).flatMap(List::stream).toList();
        if (problems.isEmpty()) {
            flow.paragraph(Span.of(Terms.noProblems, Style.BODY), null);
            return;
        }
        monitor.setWorkRemaining(problems.size());
        Table table = new Table(flow, COLUMNS, List.of(Terms.columnProblem, Terms.columnCauses, Terms.columnMeasures));
        for (Problem problem : problems) {
            table.row(List.of(
                    new Table.Cell(Span.of(References.headline(problem), Style.TABLE), references.anchor(problem)),
                    Table.Cell.of(String.join("\n", problem.getCauses().stream().map(References::headline).toList())),
                    Table.Cell
                            .of(String.join("\n", problem.getMeasures().stream().map(References::headline).toList()))));
            monitor.split(1);
        }
    }
}
