package rectify.search.ui.dialog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

import rectify.model.MeasureStatus;
import rectify.model.OrgUnit;
import rectify.model.Person;
import rectify.model.Record;
import rectify.model.edit.Labels;
import rectify.search.ElementKind;
import rectify.search.SearchRequest;
import rectify.search.ui.Messages;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/**
 * The search dialog (检索), as the platform's: the words (with the last ones searched), the kind of
 * element, the year, the responsible unit and leader and the status, and whether the other
 * registers of the open registers' folders are searched too. Searching needs words or a filter.
 */
public final class SearchDialog extends TitleAreaDialog {

    private static final String SETTINGS = "rectify.search.ui.dialog"; //$NON-NLS-1$
    private static final String HISTORY = "history"; //$NON-NLS-1$
    private static final String FOLDERS = "folders"; //$NON-NLS-1$
    private static final int HISTORY_SIZE = 10;
    private static final String OPEN = "open"; //$NON-NLS-1$

    private Combo text;
    private Combo kind;
    private Combo year;
    private Combo unit;
    private Combo leader;
    private Combo status;
    private Button folders;
    private SearchRequest request;
    private boolean withFolders;
    private final List<ElementKind> kinds = List.of(ElementKind.PROBLEM, ElementKind.CAUSE, ElementKind.MEASURE,
            ElementKind.ASPECT,
            ElementKind.DIRECTION, ElementKind.OPINION, ElementKind.RECORD);
    private final List<String> statuses = new ArrayList<>();

    /** @param shell the parent shell */
    public SearchDialog(Shell shell) {
        super(shell);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.searchTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.searchHeading);
        setMessage(Messages.searchMessage);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        IDialogSettings settings = settings();
        text = combo(form, Messages.searchWords, SWT.DROP_DOWN);
        String[] history = settings.getArray(HISTORY);
        if (history != null) {
            text.setItems(history);
            text.select(0);
        }
        text.addModifyListener(event -> enable());
        List<OpenRegister> open = OpenRegisters.get().registers();
        kind = choices(form, Messages.searchKind, kinds.stream().map(rectify.search.ui.Labels::kind).toList());
        year = choices(form, Messages.searchYear,
                open.stream().flatMap(r -> r.register().getRecords().stream()).map(Record::getYear)
                        .filter(y -> y > 0).distinct().sorted((a, b) -> b - a).map(String::valueOf).toList());
        unit = choices(form, Messages.searchUnit,
                names(open.stream().flatMap(r -> r.register().getUnits().stream()).map(OrgUnit::getName)));
        leader = choices(form, Messages.searchLeader,
                names(open.stream().flatMap(r -> r.register().getPeople().stream()).map(Person::getName)));
        statuses.add(OPEN);
        MeasureStatus.VALUES.forEach(value -> statuses.add(value.getLiteral()));
        List<String> statusLabels = new ArrayList<>(List.of(Messages.searchOpen));
        MeasureStatus.VALUES.forEach(value -> statusLabels.add(Labels.literal(value)));
        status = choices(form, Messages.searchStatus, statusLabels);
        for (Combo filter : List.of(kind, year, unit, leader, status)) {
            filter.addModifyListener(event -> enable());
        }
        folders = new Button(form, SWT.CHECK);
        folders.setText(Messages.searchFolders);
        folders.setSelection(settings.get(FOLDERS) == null || settings.getBoolean(FOLDERS));
        GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(folders);
        return area;
    }

    private static Combo combo(Composite form, String label, int style) {
        new Label(form, SWT.NONE).setText(label);
        Combo combo = new Combo(form, style);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(combo);
        return combo;
    }

    private static Combo choices(Composite form, String label, Collection<String> values) {
        Combo combo = combo(form, label, SWT.DROP_DOWN | SWT.READ_ONLY);
        combo.add(Messages.searchAny);
        values.forEach(combo::add);
        combo.select(0);
        return combo;
    }

    private static List<String> names(Stream<String> names) {
        return List.copyOf(names.filter(Objects::nonNull).filter(name -> !name.isBlank())
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.searchButton, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        enable();
    }

    private SearchRequest current() {
        ElementKind chosenKind = kind.getSelectionIndex() > 0 ? kinds.get(kind.getSelectionIndex() - 1) : null;
        Integer chosenYear = year.getSelectionIndex() > 0 ? Integer.valueOf(year.getText()) : null;
        return new SearchRequest(text.getText(), chosenKind, chosenYear, chosen(unit), chosen(leader),
                status.getSelectionIndex() > 0 ? statuses.get(status.getSelectionIndex() - 1) : null);
    }

    private static String chosen(Combo combo) {
        return combo.getSelectionIndex() > 0 ? combo.getText() : null;
    }

    private void enable() {
        if (getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        SearchRequest now = current();
        boolean ready = !now.text().isEmpty() || now.hasFilter();
        getButton(IDialogConstants.OK_ID).setEnabled(ready && now.text().length() <= SearchRequest.MAX_LENGTH);
        setErrorMessage(now.text().length() > SearchRequest.MAX_LENGTH
                ? NLS.bind(Messages.searchTooLong, SearchRequest.MAX_LENGTH)
                : null);
    }

    @Override
    protected void okPressed() {
        request = current();
        withFolders = folders.getSelection();
        IDialogSettings settings = settings();
        List<String> history = new ArrayList<>(List.of(request.text()));
        String[] before = settings.getArray(HISTORY);
        if (before != null) {
            Arrays.stream(before).filter(item -> !item.equals(request.text())).forEach(history::add);
        }
        history.removeIf(String::isBlank);
        settings.put(HISTORY, history.subList(0, Math.min(HISTORY_SIZE, history.size())).toArray(String[]::new));
        settings.put(FOLDERS, withFolders);
        super.okPressed();
    }

    private static IDialogSettings settings() {
        IDialogSettings all = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(SearchDialog.class))
                .getDialogSettings();
        IDialogSettings section = all.getSection(SETTINGS);
        return section != null ? section : all.addNewSection(SETTINGS);
    }

    /** @return what to search for, once the dialog was closed with Search */
    public SearchRequest request() {
        return request;
    }

    /** @return whether the other registers of the open registers' folders are searched too */
    public boolean withFolders() {
        return withFolders;
    }

    /** @return the Search button (the tests press it) */
    Button searchButton() {
        return getButton(IDialogConstants.OK_ID);
    }

    /** Types into the dialog as a user does (the tests' seam). */
    void type(String words) {
        text.setText(words);
    }
}
