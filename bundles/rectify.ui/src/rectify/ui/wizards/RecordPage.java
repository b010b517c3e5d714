package rectify.ui.wizards;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import rectify.chain.commands.NewRecords;
import rectify.model.RectifyPackage;
import rectify.model.edit.Labels;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/**
 * The first page of a new meeting or inspection: the register it goes into, its kind, year,
 * title and date. The title follows the year and kind until the user types one.
 */
final class RecordPage extends WizardPage {

    private final EClass kind;
    private final List<OpenRegister> registers = OpenRegisters.get().registers();
    private final List<Enumerator> subKinds;
    private final OpenRegister preselected;
    private Combo register;
    private Combo subKind;
    private Spinner year;
    private Text title;
    private Text date;
    private String suggestedTitle = ""; //$NON-NLS-1$

    RecordPage(EClass kind, OpenRegister preselected) {
        super("record"); //$NON-NLS-1$
        this.kind = kind;
        this.preselected = preselected;
        EEnum kinds = kind == RectifyPackage.Literals.MEETING ? RectifyPackage.Literals.MEETING_KIND
                : RectifyPackage.Literals.INSPECTION_KIND;
        subKinds = kinds.getELiterals().stream().map(EEnumLiteral::getInstance).map(Enumerator.class::cast).toList();
        setTitle(kind == RectifyPackage.Literals.MEETING ? Messages.meetingPageTitle : Messages.inspectionPageTitle);
        setDescription(Messages.recordPageDescription);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
        register = combo(page, Messages.register, registers.stream().map(RecordPage::registerLabel).toList());
        register.select(preselected == null ? 0 : Math.max(0, registers.indexOf(preselected)));
        subKind = combo(page, Messages.kind, subKinds.stream().map(Labels::literal).toList());
        subKind.select(0);
        label(page, Messages.year);
        year = new Spinner(page, SWT.BORDER);
        year.setValues(Year.now().getValue(), 1949, 2999, 0, 1, 10);
        title = text(page, Messages.title);
        date = text(page, Messages.date);
        date.setMessage(Messages.dateHint);
        subKind.addModifyListener(event -> suggestTitle());
        year.addModifyListener(event -> suggestTitle());
        register.addModifyListener(event -> validate());
        title.addModifyListener(event -> validate());
        date.addModifyListener(event -> validate());
        suggestTitle();
        setControl(page);
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            title.setFocus();
        }
    }

    private static String registerLabel(OpenRegister open) {
        String organization = open.register().getOrganizationName();
        String file = open.file().getFileName().toString();
        return organization == null || organization.isBlank() ? file : organization + " — " + file; //$NON-NLS-1$
    }

    private static void label(Composite page, String text) {
        new Label(page, SWT.NONE).setText(text);
    }

    private static Combo combo(Composite page, String label, List<String> items) {
        label(page, label);
        Combo combo = new Combo(page, SWT.READ_ONLY);
        combo.setItems(items.toArray(String[]::new));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        return combo;
    }

    private static Text text(Composite page, String label) {
        label(page, label);
        Text text = new Text(page, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
        return text;
    }

    /** Puts a title made of the year and the kind, unless the user has typed another. */
    private void suggestTitle() {
        String suggestion = NLS.bind(Messages.suggestedTitle, year.getSelection(),
                Labels.literal(subKinds.get(subKind.getSelectionIndex())));
        if (title.getText().isBlank() || title.getText().equals(suggestedTitle)) {
            title.setText(suggestion);
        }
        suggestedTitle = suggestion;
        validate();
    }

    private void validate() {
        String error = null;
        if (registers.isEmpty()) {
            error = Messages.noRegister;
        } else if (title.getText().isBlank()) {
            error = Messages.titleRequired;
        } else if (!date.getText().isBlank() && parsedDate() == null) {
            error = Messages.dateInvalid;
        }
        setErrorMessage(error);
        setPageComplete(error == null);
    }

    private LocalDate parsedDate() {
        try {
            return LocalDate.parse(date.getText().strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** @return the register chosen */
    OpenRegister register() {
        return registers.get(register.getSelectionIndex());
    }

    /** @return what the user said of the record */
    NewRecords.Spec spec() {
        return new NewRecords.Spec(kind, subKinds.get(subKind.getSelectionIndex()), title.getText().strip(),
                year.getSelection(), date.getText().isBlank() ? null : parsedDate());
    }
}
