package rectify.share.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;

/**
 * The master password of the platform's secure storage where the system offers no module of its
 * own (a keyring, the Windows or macOS key stores, which take precedence when installed): a random
 * key made once, in {@code ~/.rectify/secure-storage.key}, readable by its user only. The storage
 * stays encrypted; who can read the key file can read it, as with the system's own modules.
 */
public final class KeyFilePasswordProvider extends PasswordProvider {

    private static final int KEY_BYTES = 32;

    @Override
    public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
        try {
            return new PBEKeySpec(key().toCharArray());
        } catch (IOException e) {
            ILog.of(KeyFilePasswordProvider.class).error(e.getMessage(), e);
            return null;
        }
    }

    private static synchronized String key() throws IOException {
        Path file = Path.of(System.getProperty("user.home"), ".rectify", "secure-storage.key"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (Files.isRegularFile(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        }
        Files.createDirectories(file.getParent());
        byte[] random = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(random);
        String key = HexFormat.of().formatHex(random);
        Path temporary = Files.createTempFile(file.getParent(), ".secure-storage", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) { //$NON-NLS-1$
                Files.setPosixFilePermissions(temporary, Set.copyOf(PosixFilePermissions.fromString("rw-------"))); //$NON-NLS-1$
            }
            Files.writeString(temporary, key, StandardCharsets.US_ASCII);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return key;
    }
}
