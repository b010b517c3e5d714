package rectify.share;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;
import org.eclipse.jgit.util.FS;

/**
 * How Rectify reaches the servers of shared registers: git://, HTTPS (JGit's own client) and SSH
 * (Apache MINA sshd, with the keys and known hosts of {@code ~/.ssh}, or of the folder the system
 * property {@value #SSH_DIRECTORY} names), each with the credentials given.
 */
public final class Transports {

    /** The system property naming the folder of SSH keys and known hosts, instead of {@code ~/.ssh}. */
    public static final String SSH_DIRECTORY = "rectify.ssh.dir"; //$NON-NLS-1$

    private Transports() {
    }

    /** Configures a fetch or push: credentials, and SSH through sshd. */
    public static <C extends TransportCommand<C, ?>> C configure(C command, CredentialsProvider credentials) {
        if (credentials != null) {
            command.setCredentialsProvider(credentials);
        }
        return command.setTransportConfigCallback(Transports::configure);
    }

    /** Gives an SSH transport the sshd session factory (whose classes are loaded only then). */
    public static void configure(Transport transport) {
        if (transport instanceof SshTransport secure) {
            Ssh.configure(secure);
        }
    }

    /** The SSH side, apart so that its classes (Apache MINA sshd) load only for ssh:// addresses. */
    private static final class Ssh {

        private static SshdSessionFactory ssh;
        private static Path sshDirectory;

        private Ssh() {
        }

        static void configure(SshTransport transport) {
            transport.setSshSessionFactory(sessions());
        }

        /** @return the session factory of the SSH folder configured now, made once per folder */
        private static synchronized SshdSessionFactory sessions() {
            String configured = System.getProperty(SSH_DIRECTORY);
            Path home = FS.DETECTED.userHome() == null ? Path.of(System.getProperty("user.home")) //$NON-NLS-1$
                    : FS.DETECTED.userHome().toPath();
            Path directory = configured != null && Files.isDirectory(Path.of(configured)) ? Path.of(configured)
                    : home.resolve(".ssh"); //$NON-NLS-1$
            if (ssh == null || !directory.equals(sshDirectory)) {
                if (ssh != null) {
                    ssh.close();
                }
                ssh = new SshdSessionFactoryBuilder().setHomeDirectory(home.toFile())
                        .setSshDirectory(directory.toFile())
                        .build(null);
                sshDirectory = directory;
            }
            return ssh;
        }
    }
}
