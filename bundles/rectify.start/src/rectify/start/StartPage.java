package rectify.start;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.part.EditorPart;

import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;
import rectify.ui.registers.RegisterListener;

/**
 * The start page (首页): what is due in the open registers, the records still open, and the next
 * steps. It follows the registers as they open, change and close.
 */
public final class StartPage extends EditorPart {

    /** The editor's id, as declared in plugin.xml. */
    public static final String ID = "rectify.start.page"; //$NON-NLS-1$

    /** A burst of changes is shown once, this long after the last. */
    private static final int REFRESH_DELAY_MS = 200;

    private final Runnable refresh = this::refresh;
    private final RegisterListener listener = (register, change) -> refreshLater();
    /** Shows the page again when the registers being read in the background are open. */
    private final IJobChangeListener opened = new JobChangeAdapter() {
        @Override
        public void done(IJobChangeEvent event) {
            if (event.getJob().belongsTo(OpenRegisters.OPENING) && form != null && !form.isDisposed()) {
                form.getDisplay().asyncExec(StartPage.this::refreshLater);
            }
        }
    };
    private FormToolkit toolkit;
    private ScrolledForm form;
    private List<Block> blocks;

    /**
     * Opens the start page, or brings it to the front.
     *
     * @return the start page
     * @throws PartInitException when it cannot be opened
     */
    public static IEditorPart open(IWorkbenchPage page) throws PartInitException {
        return page.openEditor(StartPageInput.INSTANCE, ID);
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        setPartName(Messages.title);
    }

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        form.setText(Messages.heading);
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        TableWrapLayout layout = new TableWrapLayout();
        layout.numColumns = 2;
        layout.horizontalSpacing = 20;
        body.setLayout(layout);
        Links links = new Links(getSite(), toolkit);
        Block due = new DueBlock(links, body);
        Block steps = new NextSteps(links, body);
        Block records = new OpenRecords(links, body);
        due.section().setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        TableWrapData right = new TableWrapData(TableWrapData.FILL);
        right.rowspan = 2;
        steps.section().setLayoutData(right);
        records.section().setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        blocks = List.of(due, steps, records);
        OpenRegisters.get().addListener(listener);
        Job.getJobManager().addJobChangeListener(opened);
        refresh();
    }

    private void refreshLater() {
        if (form != null && !form.isDisposed()) {
            form.getDisplay().timerExec(REFRESH_DELAY_MS, refresh);
        }
    }

    /** Shows the registers as they are now. */
    void refresh() {
        if (form == null || form.isDisposed()) {
            return;
        }
        List<OpenRegister> registers = OpenRegisters.get().registers();
        boolean opening = Job.getJobManager().find(OpenRegisters.OPENING).length > 0;
        form.setRedraw(false);
        try {
            blocks.forEach(block -> block.show(registers, opening));
            // the sections' new lines are measured anew: a section keeps the size of its old ones otherwise
            form.getBody().layout(true, true);
            form.reflow(true);
        } finally {
            form.setRedraw(true);
        }
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == Control.class && form != null) {
            return type.cast(form);
        }
        return super.getAdapter(type);
    }

    @Override
    public void setFocus() {
        form.setFocus();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // nothing to save: the page only shows
    }

    @Override
    public void doSaveAs() {
        // nothing to save
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void dispose() {
        OpenRegisters.get().removeListener(listener);
        Job.getJobManager().removeJobChangeListener(opened);
        if (form != null && !form.isDisposed()) {
            form.getDisplay().timerExec(-1, refresh);
        }
        if (toolkit != null) {
            toolkit.dispose();
        }
        super.dispose();
    }
}
