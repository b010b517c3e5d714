package rectify.ui.wizards;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import rectify.core.io.RegisterFiles;
import rectify.ui.preferences.RectifyPreferences;

/**
 * The page of a new register: the folder and name of its file (a new one), the organization
 * (by default the one of the preferences) and its fonds code.
 */
final class NewRegisterPage extends WizardPage {

    private static final String SUFFIX = "." + RegisterFiles.EXTENSION; //$NON-NLS-1$

    private Text folder;
    private Text name;
    private Text organization;
    private Text fondsCode;

    NewRegisterPage() {
        super("register"); //$NON-NLS-1$
        setTitle(Messages.registerPageTitle);
        setDescription(Messages.registerPageDescription);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
        folder = text(page, Messages.folder, 1);
        Button browse = new Button(page, SWT.PUSH);
        browse.setText(Messages.browse);
        browse.addListener(SWT.Selection, event -> browse());
        name = text(page, Messages.fileName, 2);
        organization = text(page, Messages.organization, 2);
        fondsCode = text(page, Messages.fondsCode, 2);
        fondsCode.setMessage(Messages.fondsCodeHint);

        Path home = Path.of(System.getProperty("user.home"), "Rectify"); //$NON-NLS-1$ //$NON-NLS-2$
        folder.setText(home.toString());
        name.setText(freeName(home, Messages.defaultFileName));
        organization.setText(RectifyPreferences.organization());
        folder.addModifyListener(event -> validate());
        name.addModifyListener(event -> validate());
        validate();
        setControl(page);
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            name.setFocus();
        }
    }

    private static Text text(Composite page, String label, int span) {
        new Label(page, SWT.NONE).setText(label);
        Text text = new Text(page, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(320, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private void browse() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setFilterPath(folder.getText());
        String chosen = dialog.open();
        if (chosen != null) {
            folder.setText(chosen);
        }
    }

    /** @return {@code base}.rectify, or base-2.rectify … when taken, in {@code folder} */
    private static String freeName(Path folder, String base) {
        String candidate = base + SUFFIX;
        for (int i = 2; Files.exists(folder.resolve(candidate)); i++) {
            candidate = base + "-" + i + SUFFIX; //$NON-NLS-1$
        }
        return candidate;
    }

    private void validate() {
        String error = null;
        Path file = fileOrNull();
        if (folder.getText().isBlank()) {
            error = Messages.folderRequired;
        } else if (name.getText().isBlank()) {
            error = Messages.fileNameRequired;
        } else if (file == null || name.getText().contains("/") || name.getText().contains("\\")) { //$NON-NLS-1$ //$NON-NLS-2$
            error = Messages.fileNameInvalid;
        } else if (Files.exists(file)) {
            error = NLS.bind(Messages.fileExists, file);
        } else if (Files.exists(file.getParent()) && !Files.isDirectory(file.getParent())) {
            error = NLS.bind(Messages.notAFolder, file.getParent());
        }
        setErrorMessage(error);
        setPageComplete(error == null);
    }

    private Path fileOrNull() {
        try {
            String fileName = name.getText().strip();
            return Path.of(folder.getText().strip(), fileName.endsWith(SUFFIX) ? fileName : fileName + SUFFIX)
                    .toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** @return the new register's file, with {@code .rectify} added when the name lacks it */
    Path file() {
        return fileOrNull();
    }

    /** @return the organization typed */
    String organization() {
        return organization.getText().strip();
    }

    /** @return the fonds code typed */
    String fondsCode() {
        return fondsCode.getText().strip();
    }
}
