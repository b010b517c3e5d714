package rectify.share.ui;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * The user names and passwords of servers of shared registers, in the platform's secure storage
 * (node {@code rectify.share/<address>}), the password encrypted.
 */
final class CredentialStore {

    private static final String ROOT = "rectify.share"; //$NON-NLS-1$
    private static final String USER = "user"; //$NON-NLS-1$
    private static final String PASSWORD = "password"; //$NON-NLS-1$

    /** A user name and password. */
    record Login(String user, String password) {
    }

    private CredentialStore() {
    }

    /** @return what is kept for a server, or {@code null} */
    static Login get(String address) {
        ISecurePreferences node = node(address, false);
        if (node == null) {
            return null;
        }
        try {
            String user = node.get(USER, null);
            return user == null ? null : new Login(user, node.get(PASSWORD, "")); //$NON-NLS-1$
        } catch (StorageException e) {
            return null;
        }
    }

    /**
     * Keeps a user name and password for a server.
     *
     * @throws StorageException when the secure storage cannot keep it
     */
    static void put(String address, Login login) throws StorageException {
        ISecurePreferences node = node(address, true);
        node.put(USER, login.user(), false);
        node.put(PASSWORD, login.password(), true);
        try {
            node.flush();
        } catch (java.io.IOException e) {
            throw new StorageException(StorageException.INTERNAL_ERROR, e);
        }
    }

    /** Forgets what is kept for a server. */
    static void remove(String address) {
        ISecurePreferences node = node(address, false);
        if (node != null) {
            node.removeNode();
        }
    }

    private static ISecurePreferences node(String address, boolean create) {
        ISecurePreferences root = SecurePreferencesFactory.getDefault();
        if (root == null) {
            return null;
        }
        String path = ROOT + '/' + EncodingUtils.encodeSlashes(address);
        return create || root.nodeExists(path) ? root.node(path) : null;
    }
}
