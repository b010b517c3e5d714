package rectify.start;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Composite;

import rectify.model.Record;
import rectify.ui.registers.OpenRegister;

/**
 * The next steps (开始): the worked example and its diagram, importing a document, a new meeting or
 * inspection, opening a register, the ledger. Steps whose bundle is not installed are left out.
 */
final class NextSteps extends Block {

    /** How the title of the sample's worked example ends. */
    static final String EXAMPLE_MARK = "（示例）"; //$NON-NLS-1$

    private static final String IMPORT = "rectify.importer.ui.import"; //$NON-NLS-1$
    private static final String NEW_WIZARD = "org.eclipse.ui.newWizard"; //$NON-NLS-1$
    private static final String OPEN_REGISTER = "rectify.ui.openRegister"; //$NON-NLS-1$
    private static final String LEDGER = "rectify.ledger.ui.ledger"; //$NON-NLS-1$

    NextSteps(Links links, Composite parent) {
        super(links, parent, Messages.stepsTitle);
    }

    @Override
    String fill(Composite lines, List<OpenRegister> registers, boolean opening) {
        for (OpenRegister register : registers) {
            for (Record record : register.register().getRecords()) {
                if (record.getTitle() != null && record.getTitle().endsWith(EXAMPLE_MARK)) {
                    step(lines, Messages.stepExample, Messages.stepExampleText, () -> links.open(register, record));
                    if (links.has(OpenRecords.OPEN_DIAGRAM)) {
                        step(lines, Messages.stepDiagram, Messages.stepDiagramText,
                                () -> links.run(OpenRecords.OPEN_DIAGRAM, record, Map.of()));
                    }
                }
            }
        }
        if (links.has(IMPORT)) {
            step(lines, Messages.stepImport, Messages.stepImportText, () -> links.run(IMPORT, null, Map.of()));
        }
        step(lines, Messages.stepMeeting, Messages.stepMeetingText, () -> newWizard("rectify.ui.wizards.newMeeting")); //$NON-NLS-1$
        step(lines, Messages.stepInspection, Messages.stepInspectionText,
                () -> newWizard("rectify.ui.wizards.newInspection")); //$NON-NLS-1$
        step(lines, Messages.stepOpen, Messages.stepOpenText, () -> links.run(OPEN_REGISTER, null, Map.of()));
        step(lines, Messages.stepLedger, Messages.stepLedgerText, () -> links.show(LEDGER));
        return Messages.stepsSummary;
    }

    private void step(Composite lines, String title, String text, Runnable action) {
        links.link(lines, title, action);
        links.text(lines, text);
    }

    private void newWizard(String wizard) {
        links.run(NEW_WIZARD, null, Map.of("newWizardId", wizard)); //$NON-NLS-1$
    }
}
