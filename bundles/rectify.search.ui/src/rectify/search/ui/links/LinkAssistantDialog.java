package rectify.search.ui.links;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;

import rectify.chain.Link;
import rectify.model.Record;
import rectify.model.Review;
import rectify.search.LinkSuggestion;
import rectify.search.ui.Labels;
import rectify.search.ui.Messages;
import rectify.ui.registers.OpenRegister;

/**
 * 关联助手: the links a review is missing, proposed by the likeness of the texts, the places of
 * aspects, causes and directions and the links already drawn, each source's likeliest first and
 * ticked. The user accepts or rejects the ticked ones, or ticks the likeliest of every source or
 * none; each link accepted is one command of the register's undo history. The proposals are made
 * anew after each acceptance (links drawn imply others).
 */
public final class LinkAssistantDialog extends TitleAreaDialog {

    static final int ACCEPT = IDialogConstants.CLIENT_ID + 1;
    static final int REJECT = IDialogConstants.CLIENT_ID + 2;
    static final int TICK_FIRST = IDialogConstants.CLIENT_ID + 3;
    static final int TICK_NONE = IDialogConstants.CLIENT_ID + 4;

    private final OpenRegister register;
    private final Review review;
    private CheckboxTableViewer proposals;
    private int accepted;

    /**
     * @param shell the parent shell
     * @param register the open register of the review
     * @param review the review
     */
    public LinkAssistantDialog(Shell shell, OpenRegister register, Review review) {
        super(shell);
        this.register = register;
        this.review = review;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.linkAssistantTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        String title = review.eContainer() instanceof Record record ? record.getTitle() : Labels.of(review);
        setTitle(NLS.bind(Messages.linkAssistantHeading, title));
        setMessage(Messages.linkAssistantMessage);
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).hint(980, 440).applyTo(body);
        proposals = CheckboxTableViewer.newCheckList(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        Table table = proposals.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        column(Messages.columnKind, 70, proposal -> proposal.link().kind().label());
        column(Messages.columnFrom, 300, proposal -> Labels.of(proposal.link().source()));
        column(Messages.columnTo, 300, proposal -> Labels.of(proposal.link().target()));
        column(Messages.columnLikelihood, 70, proposal -> String.format(Locale.ROOT, "%.2f", proposal.score())); //$NON-NLS-1$
        column(Messages.columnReasons, 260, Proposals::reasons);
        proposals.setContentProvider(ArrayContentProvider.getInstance());
        proposals.addCheckStateListener(event -> enable());
        load();
        return area;
    }

    private void column(String title, int width, Function<LinkSuggestion, String> text) {
        TableViewerColumn column = new TableViewerColumn(proposals, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((LinkSuggestion) element);
            }
        });
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, TICK_FIRST, Messages.buttonTickFirst, false);
        createButton(parent, TICK_NONE, Messages.buttonTickNone, false);
        createButton(parent, REJECT, Messages.buttonReject, false);
        createButton(parent, ACCEPT, Messages.buttonAccept, true);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false);
        enable();
    }

    @Override
    protected void buttonPressed(int id) {
        switch (id) {
            case ACCEPT -> {
                for (LinkSuggestion proposal : ticked()) {
                    Proposals.accept(register, proposal.link());
                    accepted++;
                }
                load();
            }
            case REJECT -> {
                ticked().forEach(proposal -> Proposals.reject(proposal.link()));
                load();
            }
            case TICK_FIRST -> tickFirst();
            case TICK_NONE -> proposals.setAllChecked(false);
            case IDialogConstants.CLOSE_ID -> close();
            default -> super.buttonPressed(id);
        }
        enable();
    }

    /** Shows the proposals as they are now, the likeliest of each source ticked. */
    private void load() {
        List<LinkSuggestion> all = Proposals.of(review);
        proposals.setInput(all);
        tickFirst();
        setMessage(all.isEmpty() ? Messages.linkAssistantDone
                : NLS.bind(Messages.linkAssistantCounts, all.size(), accepted));
    }

    private void tickFirst() {
        Set<Link> first = new HashSet<>();
        Set<Object> sources = new HashSet<>();
        for (Object element : (List<?>) proposals.getInput()) {
            LinkSuggestion proposal = (LinkSuggestion) element;
            if (sources.add(List.of(proposal.link().source(), proposal.link().kind()))) {
                first.add(proposal.link());
            }
        }
        List<Object> ticked = new ArrayList<>();
        for (Object element : (List<?>) proposals.getInput()) {
            if (first.contains(((LinkSuggestion) element).link())) {
                ticked.add(element);
            }
        }
        proposals.setCheckedElements(ticked.toArray());
    }

    private List<LinkSuggestion> ticked() {
        List<LinkSuggestion> ticked = new ArrayList<>();
        for (Object element : proposals.getCheckedElements()) {
            ticked.add((LinkSuggestion) element);
        }
        return ticked;
    }

    private void enable() {
        boolean any = proposals != null && proposals.getCheckedElements().length > 0;
        if (getButton(ACCEPT) != null) {
            getButton(ACCEPT).setEnabled(any);
            getButton(REJECT).setEnabled(any);
        }
    }

    /** @return the table of proposals (the tests look at it) */
    CheckboxTableViewer proposals() {
        return proposals;
    }

    /** @return how many links were accepted */
    int accepted() {
        return accepted;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    /** @return a button of the dialog (the tests press them) */
    Button button(int id) {
        return getButton(id);
    }
}
