package rectify.archive.internal.content;

import java.util.List;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import rectify.archive.internal.layout.Align;
import rectify.archive.internal.layout.Flow;
import rectify.archive.internal.layout.Span;
import rectify.archive.internal.layout.Style;
import rectify.archive.internal.layout.Table;
import rectify.model.Disposition;
import rectify.model.Meeting;
import rectify.model.Opinion;
import rectify.model.Problem;
import rectify.model.Record;
import rectify.model.Solicitation;

/**
 * Appendix: the opinions solicited before a meeting: how many, through which channels and
 * from whom, what became of each opinion entered one by one, and the number of talks.
 */
final class OpinionsSummary implements Appendix {

    private static final List<Table.Column> SOLICITATION_COLUMNS = List.of(new Table.Column(4, Align.JUSTIFY),
            new Table.Column(4, Align.JUSTIFY), new Table.Column(2, Align.CENTER));
    private static final List<Table.Column> OPINION_COLUMNS = List.of(new Table.Column(0.9f, Align.CENTER),
            new Table.Column(5, Align.JUSTIFY), new Table.Column(2, Align.JUSTIFY),
            new Table.Column(3.2f, Align.JUSTIFY));

    private final Record record;

    OpinionsSummary(Record record) {
        this.record = record;
    }

    @Override
    public String title() {
        return Terms.opinionsTitle;
    }

    @Override
    public void write(Flow flow, SubMonitor monitor) {
        if (!(record instanceof Meeting meeting)
                || meeting.getSolicitations().isEmpty() && meeting.getTalks().isEmpty()) {
            flow.paragraph(Span.of(Terms.noOpinions, Style.BODY), null);
            return;
        }
        List<Opinion> opinions = meeting.getSolicitations().stream().flatMap(s -> s.getOpinions().stream()).toList();
        monitor.setWorkRemaining(opinions.size() + 1);
        if (!meeting.getSolicitations().isEmpty()) {
            flow.paragraph(Span.of(NLS.bind(Terms.opinionsTotal, record.getOpinionCount()), Style.BODY), null);
            Table table = new Table(flow, SOLICITATION_COLUMNS,
                    List.of(Terms.columnChannels, Terms.columnSources, Terms.columnCount));
            for (Solicitation solicitation : meeting.getSolicitations()) {
                table.row(List.of(
                        Table.Cell.of(Words.join(solicitation.getChannels().stream().map(Words::name).toList())),
                        Table.Cell.of(Words.join(solicitation.getSourceKinds().stream().map(Words::name).toList())),
                        Table.Cell.of(Integer.toString(Math.max(solicitation.getReportedCount(),
                                solicitation.getOpinions().size())))));
            }
        }
        if (!opinions.isEmpty()) {
            flow.blankLine();
            Table table = new Table(flow, OPINION_COLUMNS,
                    List.of(Terms.columnNumber, Terms.columnOpinion, Terms.columnSources, Terms.columnDisposition));
            int number = 0;
            for (Opinion opinion : opinions) {
                table.row(List.of(Table.Cell.of(Integer.toString(++number)), Table.Cell.of(opinion.getText()),
                        Table.Cell.of(source(opinion)), Table.Cell.of(disposition(opinion))));
                monitor.split(1);
            }
        }
        if (!meeting.getTalks().isEmpty()) {
            flow.blankLine();
            flow.paragraph(Span.of(NLS.bind(Terms.talksTotal, meeting.getTalks().size()), Style.BODY), null);
        }
    }

    private static String source(Opinion opinion) {
        if (opinion.getSourceUnit() != null) {
            return Words.name(opinion.getSourceUnit());
        }
        return opinion.isSetSourceKind() ? Words.name(opinion.getSourceKind()) : "";
    }

    private String disposition(Opinion opinion) {
        String disposition = Words.name(opinion.getDisposition());
        if (!opinion.getProblems().isEmpty()) {
            return NLS.bind(Terms.dispositionWithProblems, disposition,
                    Words.join(opinion.getProblems().stream().map(Problem::getFullNumber).toList()));
        }
        if (opinion.getDisposition() != Disposition.PENDING && !Words.isBlank(opinion.getReason())) {
            return NLS.bind(Terms.dispositionWithReason, disposition, opinion.getReason());
        }
        return disposition;
    }
}
