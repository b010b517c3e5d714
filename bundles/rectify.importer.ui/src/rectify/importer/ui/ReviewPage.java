package rectify.importer.ui;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;

import rectify.importer.DocumentImport;
import rectify.importer.Finding;
import rectify.importer.Finding.Kind;
import rectify.importer.ImportException;
import rectify.importer.ImportResult;
import rectify.importer.RecognitionReport;
import rectify.importer.RegisterAddition;
import rectify.model.Inspection;
import rectify.model.Record;
import rectify.model.ReviewTemplate;
import rectify.ui.registers.OpenRegister;

/**
 * The second page: the record the document makes and the findings of the recognition, by kind
 * (recognised, inferred, not placed and kept as notes), then what adding it to the register
 * finds (notices the register holds, the template and its aspects). The document is read when
 * the page is shown, outside the user interface thread.
 */
final class ReviewPage extends WizardPage {

    private final DocumentPage choice;
    private ImportResult result;
    private Path readFrom;
    private RegisterAddition addition;
    private Label summary;
    private Tree findings;

    ReviewPage(DocumentPage choice) {
        super("review"); //$NON-NLS-1$
        this.choice = choice;
        setTitle(Messages.reviewPageTitle);
        setDescription(Messages.reviewPageDescription);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        summary = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(summary);
        findings = new Tree(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        findings.setHeaderVisible(true);
        new TreeColumn(findings, SWT.LEFT).setText(Messages.columnWhere);
        new TreeColumn(findings, SWT.LEFT).setText(Messages.columnFinding);
        findings.getColumn(0).setWidth(200);
        findings.getColumn(1).setWidth(560);
        GridDataFactory.fillDefaults().grab(true, true).hint(720, 320).applyTo(findings);
        setControl(page);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            refresh();
        }
        super.setVisible(visible);
    }

    /** @return the addition of the record to the chosen register, as reviewed; {@code null} when there is none */
    RegisterAddition addition() {
        return addition;
    }

    private void refresh() {
        Path document = choice.document();
        if (document != null && !document.equals(readFrom)) {
            read(document);
        }
        OpenRegister register = choice.register();
        ReviewTemplate template = choice.template();
        addition = result == null || register == null ? null : result.prepare(register.register(), template);
        show();
        setPageComplete(addition != null);
    }

    private void read(Path document) {
        result = null;
        readFrom = document;
        setErrorMessage(null);
        ImportResult[] read = new ImportResult[1];
        try {
            getContainer().run(true, false, monitor -> {
                monitor.beginTask(NLS.bind(Messages.reading, document.getFileName()), -1);
                try {
                    read[0] = DocumentImport.read(document);
                } catch (ImportException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
            result = read[0];
        } catch (InvocationTargetException e) {
            setErrorMessage(e.getCause() == null ? String.valueOf(e.getMessage()) : e.getCause().getMessage());
            readFrom = null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            readFrom = null;
        }
    }

    private void show() {
        findings.removeAll();
        if (result == null || addition == null) {
            summary.setText(""); //$NON-NLS-1$
            return;
        }
        Record record = addition.record();
        summary.setText(NLS.bind(Messages.summary, new Object[] {
                record instanceof Inspection ? Messages.inspection : Messages.meeting, record.getTitle(),
                record.getYear(), record.getAspectCount(), record.getProblemCount(), record.getCauseCount(),
                record.getDirectionCount(), record.getMeasureCount() }));
        RecognitionReport report = result.report();
        group(Messages.recognised, report, report.findings(Kind.RECOGNISED), false);
        group(Messages.inferred, report, report.findings(Kind.INFERRED), true);
        group(Messages.notPlaced, report, report.findings(Kind.NOT_PLACED), true);
        group(Messages.inRegister, report, addition.findings(), true);
        summary.getParent().layout(true, true);
    }

    private void group(String title, RecognitionReport report, List<Finding> list, boolean expanded) {
        TreeItem group = new TreeItem(findings, SWT.NONE);
        group.setText(new String[] { NLS.bind(Messages.groupTitle, title, list.size()), "" }); //$NON-NLS-1$
        for (Finding finding : list) {
            new TreeItem(group, SWT.NONE).setText(new String[] { report.where(finding), finding.message() });
        }
        group.setExpanded(expanded && !list.isEmpty());
    }
}
