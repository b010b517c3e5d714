package rectify.share.ui;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for the server of a shared register: its address, and a user name and password if it needs them. */
final class ServerDialog extends TitleAreaDialog {

    /** What was entered. */
    record Server(String address, CredentialStore.Login login, boolean remember) {
    }

    private final String address;
    private final CredentialStore.Login login;
    private final String error;
    private Text addressText;
    private Text userText;
    private Text passwordText;
    private Button rememberButton;
    private Server result;

    /** @param error why it is asked again (a failure of the last try), or {@code null} */
    ServerDialog(Shell shell, String address, CredentialStore.Login login, String error) {
        super(shell);
        this.address = address;
        this.login = login;
        this.error = error;
    }

    /** @return what the user entered, or {@code null} when cancelled */
    Server ask() {
        return open() == OK ? result : null;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.serverTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.serverTitle);
        setMessage(Messages.serverMessage);
        if (error != null) {
            setErrorMessage(error);
        }
        Composite fields = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
        addressText = field(fields, Messages.serverUrl, address, SWT.BORDER);
        userText = field(fields, Messages.serverUser, login == null ? "" : login.user(), SWT.BORDER); //$NON-NLS-1$
        passwordText = field(fields, Messages.serverPassword, login == null ? "" : login.password(), //$NON-NLS-1$
                SWT.BORDER | SWT.PASSWORD);
        rememberButton = new Button(fields, SWT.CHECK);
        rememberButton.setText(Messages.serverRemember);
        rememberButton.setSelection(true);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(rememberButton);
        return area;
    }

    private static Text field(Composite parent, String label, String value, int style) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, style);
        text.setText(value == null ? "" : value); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(text);
        return text;
    }

    @Override
    protected void okPressed() {
        String user = userText.getText().strip();
        result = new Server(addressText.getText().strip(),
                user.isEmpty() ? null : new CredentialStore.Login(user, passwordText.getText()),
                rememberButton.getSelection());
        if (result.address().isEmpty()) {
            addressText.setFocus();
            return;
        }
        super.okPressed();
    }
}
