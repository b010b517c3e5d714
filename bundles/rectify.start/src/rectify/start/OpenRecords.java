package rectify.start;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;

import rectify.ledger.Ledger;
import rectify.ledger.LedgerRow;
import rectify.model.MeasureStatus;
import rectify.model.Record;
import rectify.model.RecordStatus;
import rectify.model.edit.Labels;
import rectify.ui.editors.RecordEditors;
import rectify.ui.preferences.RectifyPreferences;
import rectify.ui.registers.OpenRegister;
import rectify.ui.validation.Summaries;
import rectify.validation.RegisterValidation;

/**
 * The records still open (not yet closed or archived), newest year first: each with its status,
 * its problems and measures, how many measures are done, and what the closed-loop check still finds
 * in it; each opens in the record editor, and its diagram from here.
 */
final class OpenRecords extends Block {

    /** The command that opens the diagram of the record chosen (rectify.diagram). */
    static final String OPEN_DIAGRAM = "rectify.diagram.open"; //$NON-NLS-1$

    OpenRecords(Links links, Composite parent) {
        super(links, parent, Messages.recordsTitle);
    }

    @Override
    String fill(Composite lines, List<OpenRegister> registers, boolean opening) {
        int shown = 0;
        for (OpenRegister register : registers) {
            Map<Record, List<LedgerRow>> measures = Ledger
                    .rows(register.register(), LocalDate.now(), RectifyPreferences.thresholds())
                    .stream().collect(Collectors.groupingBy(LedgerRow::record));
            List<Record> open = register.register().getRecords().stream()
                    .filter(record -> record.getStatus().getValue() < RecordStatus.CLOSED_VALUE)
                    .sorted(Comparator.comparingInt(Record::getYear).reversed())
                    .toList();
            for (Record record : open) {
                links.link(lines, record.getTitle(), () -> links.open(register, record));
                links.text(lines,
                        NLS.bind(Messages.recordLine,
                                new Object[] { Labels.literal(record.getStatus()), record.getProblemCount(),
                                        record.getMeasureCount(), done(measures.getOrDefault(record, List.of())),
                                        loop(register, record) }));
                if (links.has(OPEN_DIAGRAM) && record.getReview() != null) {
                    links.link(lines, Messages.openDiagram, () -> links.run(OPEN_DIAGRAM, record, Map.of()));
                }
                shown++;
            }
        }
        if (shown == 0) {
            links.text(lines, opening ? Messages.opening : Messages.noOpenRecord);
        }
        return NLS.bind(Messages.recordsSummary, shown);
    }

    private static long done(List<LedgerRow> rows) {
        return rows.stream().filter(row -> row.status() == MeasureStatus.DONE || row.status() == MeasureStatus.CLOSED)
                .count();
    }

    /** @return what the closed-loop check finds in the record, in words */
    private static String loop(OpenRegister register, Record record) {
        long errors = 0;
        long warnings = 0;
        for (Diagnostic diagnostic : register.diagnosticList()) {
            if (RecordEditors.recordOf(RegisterValidation.elementOf(diagnostic)) == record) {
                if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
                    errors++;
                } else if (diagnostic.getSeverity() == Diagnostic.WARNING) {
                    warnings++;
                }
            }
        }
        return errors + warnings == 0 ? Messages.loopComplete
                : NLS.bind(Messages.loopFindings, Summaries.of(errors, warnings));
    }
}
