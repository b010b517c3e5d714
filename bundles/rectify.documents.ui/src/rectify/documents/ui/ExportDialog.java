package rectify.documents.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

import rectify.documents.DocumentKind;
import rectify.documents.WordDocuments;
import rectify.model.Record;
import rectify.ui.TypedPaths;

/**
 * Asks which document of a record to write, where, and whether to open it; the file is named after
 * the record and the document in the folder used last, and follows the document chosen until the
 * user names it. Remembers the folder, the document and the choice to open for the next time.
 */
final class ExportDialog extends Dialog {

    private static final String FOLDER = "folder"; //$NON-NLS-1$
    private static final String DOCUMENT = "document"; //$NON-NLS-1$
    private static final String OPEN = "open"; //$NON-NLS-1$

    private final Record record;
    private final IDialogSettings settings;
    private Text location;
    private Button openWhenDone;
    private DocumentKind kind;
    private Path file;
    private boolean open;

    ExportDialog(Shell parent, Record record) {
        super(parent);
        this.record = record;
        this.settings = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(ExportDialog.class))
                .getDialogSettings();
        DocumentKind remembered = settings.get(DOCUMENT) == null ? null : DocumentKind.ofCode(settings.get(DOCUMENT));
        this.kind = remembered == null ? DocumentKind.MATERIAL : remembered;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.dialogTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
        Group documents = new Group(area, SWT.NONE);
        documents.setText(Messages.document);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(documents);
        GridLayoutFactory.swtDefaults().applyTo(documents);
        for (DocumentKind each : DocumentKind.values()) {
            Button button = new Button(documents, SWT.RADIO);
            button.setText(each.label());
            button.setData(each);
            button.setSelection(each == kind);
            button.addListener(SWT.Selection, e -> {
                if (button.getSelection()) {
                    choose(each);
                }
            });
        }

        Label label = new Label(area, SWT.NONE);
        label.setText(Messages.file);
        location = new Text(area, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(convertWidthInCharsToPixels(60), SWT.DEFAULT)
                .applyTo(location);
        String folder = settings.get(FOLDER) == null ? System.getProperty("user.home") : settings.get(FOLDER); //$NON-NLS-1$
        location.setText(Path.of(folder, WordDocuments.fileName(record, kind)).toString());
        location.addModifyListener(e -> validate());
        Button browse = new Button(area, SWT.PUSH);
        browse.setText(Messages.browse);
        browse.addListener(SWT.Selection, e -> browse());

        openWhenDone = new Button(area, SWT.CHECK);
        openWhenDone.setText(Messages.openFile);
        openWhenDone.setSelection(settings.get(OPEN) == null || settings.getBoolean(OPEN));
        GridDataFactory.fillDefaults().span(3, 1).applyTo(openWhenDone);
        return area;
    }

    /** A document chosen: the file name follows it while it is the name made for the document before. */
    private void choose(DocumentKind chosen) {
        Path current = path();
        if (current != null && current.getFileName().toString().equals(WordDocuments.fileName(record, kind))) {
            location.setText(current.resolveSibling(WordDocuments.fileName(record, chosen)).toString());
        }
        kind = chosen;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText(Messages.export);
        validate();
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.docx" }); //$NON-NLS-1$
        Path current = path();
        if (current != null) {
            dialog.setFilterPath(current.getParent() == null ? null : current.getParent().toString());
            dialog.setFileName(current.getFileName().toString());
        }
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            location.setText(chosen);
        }
    }

    private Path path() {
        Path typed = TypedPaths.of(location.getText());
        return typed == null ? null : typed.toAbsolutePath();
    }

    private void validate() {
        Path path = path();
        boolean valid = path != null && path.getParent() != null && Files.isDirectory(path.getParent())
                && !Files.isDirectory(path);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(valid);
        }
    }

    @Override
    protected void okPressed() {
        file = path();
        open = openWhenDone.getSelection();
        settings.put(FOLDER, file.getParent().toString());
        settings.put(DOCUMENT, kind.code());
        settings.put(OPEN, open);
        super.okPressed();
    }

    /** @return the document chosen */
    DocumentKind kind() {
        return kind;
    }

    /** @return the file to write, once the dialog was confirmed */
    Path file() {
        return file;
    }

    /** @return whether to open the document once written */
    boolean openWhenDone() {
        return open;
    }
}
