package rectify.archive.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

import rectify.archive.ArchiveFormat;
import rectify.archive.PdfaPart;
import rectify.archive.RecordArchiver;
import rectify.model.Record;
import rectify.ui.TypedPaths;

/**
 * Asks where the archives go (a file for one record, a folder for several), which PDF/A part and
 * whether to open the result; remembers the answers for the next time.
 */
final class ArchiveDialog extends Dialog {

    private static final String FOLDER = "folder";
    private static final String PART = "part";
    private static final String OPEN = "open";

    private final List<Record> records;
    private final List<String> names;
    private final IDialogSettings settings;
    private Text location;
    private Button part3b;
    private Button ofd;
    private Button openWhenDone;
    private List<Path> files;
    private PdfaPart part;
    private ArchiveFormat format;
    private boolean open;

    ArchiveDialog(Shell parent, List<Record> records) {
        super(parent);
        this.records = records;
        this.names = RecordArchiver.fileNames(records);
        this.settings = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(ArchiveDialog.class))
                .getDialogSettings();
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
        Label label = new Label(area, SWT.NONE);
        label.setText(single() ? Messages.file : NLS.bind(Messages.folder, records.size()));
        location = new Text(area, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(convertWidthInCharsToPixels(60), SWT.DEFAULT)
                .applyTo(location);
        String folder = settings.get(FOLDER) == null ? System.getProperty("user.home") : settings.get(FOLDER);
        location.setText(single() ? Path.of(folder, names.get(0)).toString() : folder);
        location.addModifyListener(e -> validate());
        Button browse = new Button(area, SWT.PUSH);
        browse.setText(Messages.browse);
        browse.addListener(SWT.Selection, e -> browse());

        Group parts = new Group(area, SWT.NONE);
        parts.setText(Messages.part);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(parts);
        GridLayoutFactory.swtDefaults().applyTo(parts);
        Button part2b = new Button(parts, SWT.RADIO);
        part2b.setText(Messages.part2b);
        part3b = new Button(parts, SWT.RADIO);
        part3b.setText(Messages.part3b);
        ofd = new Button(parts, SWT.RADIO);
        ofd.setText(Messages.ofd);
        String remembered = settings.get(PART);
        part2b.setSelection(
                !PdfaPart.PDFA_3B.code().equals(remembered) && !ArchiveFormat.OFD.code().equals(remembered));
        part3b.setSelection(PdfaPart.PDFA_3B.code().equals(remembered));
        ofd.setSelection(ArchiveFormat.OFD.code().equals(remembered));
        if (single() && ofd.getSelection()) {
            location.setText(withExtension(location.getText(), ArchiveFormat.OFD));
        }
        ofd.addListener(SWT.Selection, e -> {
            if (single()) {
                location.setText(
                        withExtension(location.getText(), ofd.getSelection() ? ArchiveFormat.OFD : ArchiveFormat.PDF));
            }
        });

        openWhenDone = new Button(area, SWT.CHECK);
        openWhenDone.setText(single() ? Messages.openFile : Messages.openFolder);
        openWhenDone.setSelection(settings.get(OPEN) == null || settings.getBoolean(OPEN));
        GridDataFactory.fillDefaults().span(3, 1).applyTo(openWhenDone);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText(Messages.archive);
        validate();
    }

    /** @return the file name with the format's extension in place of the other format's */
    private static String withExtension(String file, ArchiveFormat format) {
        for (ArchiveFormat other : ArchiveFormat.values()) {
            if (other != format && file.toLowerCase(java.util.Locale.ROOT).endsWith(other.extension())) {
                return file.substring(0, file.length() - other.extension().length()) + format.extension();
            }
        }
        return file;
    }

    private boolean single() {
        return records.size() == 1;
    }

    private void browse() {
        String chosen;
        if (single()) {
            FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
            dialog.setFilterExtensions(new String[] { ofd.getSelection() ? "*.ofd" : "*.pdf" });
            Path current = path();
            if (current != null) {
                dialog.setFilterPath(current.getParent() == null ? null : current.getParent().toString());
                dialog.setFileName(current.getFileName() == null ? names.get(0) : current.getFileName().toString());
            }
            dialog.setOverwrite(true);
            chosen = dialog.open();
        } else {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setFilterPath(location.getText());
            chosen = dialog.open();
        }
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
        boolean valid = path != null && (single() ? path.getParent() != null && Files.isDirectory(path.getParent())
                : !Files.isRegularFile(path));
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(valid);
        }
    }

    @Override
    protected void okPressed() {
        Path path = path();
        part = part3b.getSelection() ? PdfaPart.PDFA_3B : PdfaPart.PDFA_2B;
        format = ofd.getSelection() ? ArchiveFormat.OFD : ArchiveFormat.PDF;
        open = openWhenDone.getSelection();
        files = new ArrayList<>();
        if (single()) {
            files.add(path);
        } else {
            RecordArchiver.fileNames(records, format).forEach(name -> files.add(path.resolve(name)));
        }
        settings.put(FOLDER, single() ? path.getParent().toString() : path.toString());
        settings.put(PART, format == ArchiveFormat.OFD ? format.code() : part.code());
        settings.put(OPEN, open);
        super.okPressed();
    }

    /** @return the file of each record, in order, once the dialog was confirmed */
    List<Path> files() {
        return files;
    }

    /** @return the PDF/A part chosen, once the dialog was confirmed */
    PdfaPart part() {
        return part;
    }

    /** @return the format chosen, once the dialog was confirmed */
    ArchiveFormat format() {
        return format;
    }

    /** @return whether to open the archive (or the folder of several) once written */
    boolean openWhenDone() {
        return open;
    }
}
