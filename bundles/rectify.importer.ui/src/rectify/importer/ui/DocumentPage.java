package rectify.importer.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import rectify.core.io.RegisterFileException;
import rectify.importer.DocumentImport;
import rectify.model.ReviewTemplate;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/** The first page: the document, the open register the record goes into, and the template it answers. */
final class DocumentPage extends WizardPage {

    private final Path presetDocument;
    private final List<OpenRegister> registers = new ArrayList<>();
    private final List<ReviewTemplate> templates = new ArrayList<>();
    private OpenRegister register;
    private Text document;
    private Combo registerCombo;
    private Combo templateCombo;

    DocumentPage(Path presetDocument, OpenRegister presetRegister) {
        super("document"); //$NON-NLS-1$
        this.presetDocument = presetDocument;
        this.register = presetRegister;
        setTitle(Messages.documentPageTitle);
        setDescription(Messages.documentPageDescription);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
        new Label(page, SWT.NONE).setText(Messages.documentLabel);
        document = new Text(page, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(document);
        if (presetDocument != null) {
            document.setText(presetDocument.toString());
        }
        document.addModifyListener(event -> validate());
        button(page, Messages.browse, this::browseDocument);

        new Label(page, SWT.NONE).setText(Messages.registerLabel);
        registerCombo = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(registerCombo);
        registerCombo.addListener(SWT.Selection, event -> registerChosen());
        button(page, Messages.openRegister, this::openRegister);

        new Label(page, SWT.NONE).setText(Messages.templateLabel);
        templateCombo = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(templateCombo);

        fillRegisters();
        setControl(page);
        validate();
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, event -> action.run());
    }

    private void browseDocument() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.docx;*.doc;*.pdf;*.txt", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setFilterNames(new String[] { Messages.documentFilter, Messages.allFilter });
        String chosen = dialog.open();
        if (chosen != null) {
            document.setText(chosen);
        }
    }

    private void openRegister() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.rectify", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setFilterNames(new String[] { Messages.registerFilter, Messages.allFilter });
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            register = OpenRegisters.get().open(Path.of(chosen));
            fillRegisters();
        } catch (RegisterFileException e) {
            setErrorMessage(e.getMessage());
        }
    }

    private void fillRegisters() {
        registers.clear();
        registers.addAll(OpenRegisters.get().registers());
        registerCombo.setItems(registers.stream().map(DocumentPage::name).toArray(String[]::new));
        int index = registers.indexOf(register);
        registerCombo.select(index >= 0 ? index : registers.size() == 1 ? 0 : -1);
        registerChosen();
    }

    private static String name(OpenRegister register) {
        String organization = register.register().getOrganizationName();
        String file = String.valueOf(register.file().getFileName());
        return organization == null || organization.isBlank() ? file
                : NLS.bind(Messages.registerName, file, organization);
    }

    private void registerChosen() {
        int index = registerCombo.getSelectionIndex();
        register = index < 0 ? null : registers.get(index);
        templates.clear();
        if (register != null) {
            templates.addAll(register.register().getTemplates());
        }
        List<String> items = new ArrayList<>();
        items.add(Messages.templateByNotice);
        templates.forEach(template -> items.add(template.getName()));
        templateCombo.setItems(items.toArray(String[]::new));
        templateCombo.select(0);
        validate();
    }

    private void validate() {
        Path file = document();
        String error = file == null ? null
                : !Files.isRegularFile(file) ? NLS.bind(Messages.noSuchDocument, file)
                        : register == null ? Messages.chooseRegister : null;
        if (file != null && error == null && !DocumentImport.accepts(file)) {
            setMessage(Messages.unusualExtension, WARNING);
        } else {
            setMessage(null);
        }
        setErrorMessage(error);
        setPageComplete(file != null && error == null);
    }

    /** @return the document chosen, or {@code null} */
    Path document() {
        String text = document == null ? "" : document.getText().strip(); //$NON-NLS-1$
        return text.isEmpty() ? null : Path.of(text);
    }

    /** @return the register chosen, or {@code null} */
    OpenRegister register() {
        return register;
    }

    /** @return the template chosen, or {@code null} for the one made from the record's notice */
    ReviewTemplate template() {
        int index = templateCombo == null ? 0 : templateCombo.getSelectionIndex();
        return index <= 0 ? null : templates.get(index - 1);
    }
}
