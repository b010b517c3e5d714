package rectify.ui.overview;

import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import rectify.model.Record;
import rectify.model.Register;
import rectify.model.edit.Labels;
import rectify.ui.editors.RecordEditors;
import rectify.ui.navigator.RegisterNavigator;
import rectify.ui.registers.OpenRegister;
import rectify.ui.validation.Summaries;
import rectify.validation.RegisterValidation;

/**
 * The content of the register overview: a form with the register's identity and one line per
 * record (newest first), whose title links to the record.
 */
final class OverviewForm {

    private final OpenRegister register;
    private final IWorkbenchPartSite site;
    private final FormToolkit toolkit;
    private final ScrolledForm form;
    private final Label file;
    private final Label organization;
    private final Label fondsCode;
    private final Composite records;

    OverviewForm(Composite parent, OpenRegister register, IWorkbenchPartSite site) {
        this.register = register;
        this.site = site;
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        toolkit.decorateFormHeading(form.getForm());
        GridLayoutFactory.fillDefaults().margins(12, 12).spacing(12, 12).applyTo(form.getBody());

        Composite identity = section(Messages.registerSection, null);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 4).applyTo(identity);
        file = field(identity, Messages.file);
        organization = field(identity, Messages.organization);
        fondsCode = field(identity, Messages.fondsCode);

        records = section(Messages.recordsSection, Messages.recordsDescription);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(8, 6).applyTo(records);
        refresh();
    }

    private Composite section(String title, String description) {
        int style = Section.TITLE_BAR | (description == null ? 0 : Section.DESCRIPTION);
        Section section = toolkit.createSection(form.getBody(), style);
        section.setText(title);
        if (description != null) {
            section.setDescription(description);
        }
        GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
        Composite client = toolkit.createComposite(section);
        section.setClient(client);
        return client;
    }

    private Label field(Composite parent, String name) {
        toolkit.createLabel(parent, name);
        Label value = toolkit.createLabel(parent, "", SWT.WRAP); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(value);
        return value;
    }

    /** Shows the register as it is now. */
    void refresh() {
        if (form.isDisposed()) {
            return;
        }
        Register model = register.register();
        form.setText(blankTo(model.getOrganizationName(), register.file().getFileName().toString()));
        file.setText(register.file().toString());
        organization.setText(blankTo(model.getOrganizationName(), "—")); //$NON-NLS-1$
        fondsCode.setText(blankTo(model.getFondsCode(), "—")); //$NON-NLS-1$
        for (Control line : records.getChildren()) {
            line.dispose();
        }
        List<Record> sorted = model.getRecords().stream()
                .sorted(Comparator.comparingInt(Record::getYear).reversed())
                .toList();
        if (sorted.isEmpty()) {
            Label none = toolkit.createLabel(records, Messages.noRecords, SWT.WRAP);
            GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(none);
        }
        sorted.forEach(this::line);
        form.reflow(true);
    }

    private void line(Record record) {
        List<Diagnostic> diagnostics = register.diagnosticList().stream()
                .filter(d -> RegisterValidation.elementOf(d) != null
                        && RecordEditors.recordOf(RegisterValidation.elementOf(d)) == record)
                .toList();
        long errors = diagnostics.stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR).count();
        long warnings = diagnostics.size() - errors;

        Label mark = toolkit.createLabel(records, ""); //$NON-NLS-1$
        mark.setImage(image(errors > 0 ? ISharedImages.IMG_OBJS_ERROR_TSK
                : warnings > 0 ? ISharedImages.IMG_OBJS_WARN_TSK : ISharedImages.IMG_OBJS_INFO_TSK));
        Hyperlink title = toolkit.createHyperlink(records, blankTo(record.getTitle(), Messages.untitled), SWT.NONE);
        title.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent event) {
                open(record);
            }
        });
        String check = Summaries.of(errors, warnings);
        Label details = toolkit.createLabel(records, NLS.bind(Messages.recordDetails, new Object[] {
                Labels.literal(record.getStatus()), record.getProblemCount(),
                record.getCauseCount(), record.getMeasureCount(), check }));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(details);
    }

    /** Opens a record in the record editor, and selects it in the Registers view. */
    private void open(Record record) {
        try {
            RegisterNavigator.reveal(site.getPage(), record);
            RecordEditors.open(site.getPage(), register, record);
        } catch (PartInitException e) {
            MessageDialog.openError(site.getShell(), Messages.openFailed, e.getMessage());
        }
    }

    private static Image image(String name) {
        return PlatformUI.getWorkbench().getSharedImages().getImage(name);
    }

    private static String blankTo(String text, String otherwise) {
        return text == null || text.isBlank() ? otherwise : text;
    }

    void setFocus() {
        form.setFocus();
    }

    void dispose() {
        toolkit.dispose();
    }
}
