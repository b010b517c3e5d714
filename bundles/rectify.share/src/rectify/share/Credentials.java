package rectify.share;

import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;

/**
 * A user name and password for a server, over HTTPS and SSH alike: JGit asks SSH passwords only of
 * providers that answer prompts, which this one does, with the password, for every prompt that
 * hides what is typed.
 */
public final class Credentials extends CredentialsProvider {

    private final String user;
    private final char[] password;

    private Credentials(String user, char[] password) {
        this.user = user;
        this.password = password.clone();
    }

    /** @return the provider of a user name and a password */
    public static Credentials of(String user, String password) {
        return new Credentials(user, password == null ? new char[0] : password.toCharArray());
    }

    @Override
    public boolean isInteractive() {
        return true;
    }

    @Override
    public boolean supports(CredentialItem... items) {
        for (CredentialItem item : items) {
            if (!(item instanceof CredentialItem.Username || item instanceof CredentialItem.Password
                    || item instanceof CredentialItem.StringType && item.isValueSecure())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
        for (CredentialItem item : items) {
            if (item instanceof CredentialItem.Username name) {
                name.setValue(user);
            } else if (item instanceof CredentialItem.Password secret) {
                secret.setValue(password.clone());
            } else if (item instanceof CredentialItem.StringType text && text.isValueSecure()) {
                text.setValue(new String(password));
            } else if (item instanceof CredentialItem.YesNoType
                    || item instanceof CredentialItem.InformationalMessage) {
                return false; // questions such as accepting an unknown host key are not answered
            } else {
                throw new UnsupportedCredentialItem(uri, item.getClass().getSimpleName() + ": " + item.getPromptText()); //$NON-NLS-1$
            }
        }
        return true;
    }
}
