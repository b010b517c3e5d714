package rectify.share;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.HashMap;
import java.util.Map;

import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.Daemon;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.UploadPack;

/**
 * Real Git servers on the loopback address for the tests: JGit's daemon (git://) and an SSH
 * server (Apache MINA sshd) running git-upload-pack and git-receive-pack, with a password, each
 * serving bare repositories made here.
 */
final class GitServers implements AutoCloseable {

    /** The user and password the SSH server takes. */
    static final String USER = "rectify";
    static final String PASSWORD = "正确的口令";

    private final Path root;
    private final Map<String, Repository> repositories = new HashMap<>();
    private Daemon daemon;
    private SshServer ssh;

    GitServers(Path root) {
        this.root = root;
    }

    /** Makes an empty bare repository {@code <name>.git}. */
    synchronized void bare(String name) throws IOException {
        try (Git git = Git.init().setBare(true).setInitialBranch("main")
                .setDirectory(root.resolve(name + ".git").toFile()).call()) {
            git.getRepository().getConfig().setBoolean("receive", null, "denyNonFastForwards", true);
            git.getRepository().getConfig().save();
        } catch (GitAPIException e) {
            throw new IOException(e);
        }
    }

    Path repository(String name) {
        return root.resolve(name + ".git");
    }

    private synchronized Repository open(String name) throws IOException {
        String bare = name.replaceFirst("^/+", "").replaceFirst("\\.git$", "");
        Path dir = repository(bare);
        if (!Files.isDirectory(dir)) {
            throw new RepositoryNotFoundException(name);
        }
        Repository repository = repositories.get(bare);
        if (repository == null) {
            repository = new FileRepositoryBuilder().setGitDir(dir.toFile()).setMustExist(true).build();
            repositories.put(bare, repository);
        }
        repository.incrementOpen();
        return repository;
    }

    /** Starts JGit's daemon; @return the git:// address of a repository */
    String daemon(String name) throws IOException {
        if (daemon == null) {
            daemon = new Daemon(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            daemon.getService("git-receive-pack").setEnabled(true);
            daemon.setRepositoryResolver((request, repositoryName) -> {
                try {
                    return open(repositoryName);
                } catch (RepositoryNotFoundException e) {
                    throw e;
                } catch (IOException e) {
                    throw new RepositoryNotFoundException(repositoryName, e);
                }
            });
            daemon.start();
        }
        return "git://127.0.0.1:" + daemon.getAddress().getPort() + "/" + name + ".git";
    }

    /**
     * Starts the SSH server and writes its host key into {@code sshDirectory}'s known_hosts.
     *
     * @return the ssh:// address of a repository, with the user
     */
    String ssh(String name, Path sshDirectory) throws IOException {
        if (ssh == null) {
            ssh = SshServer.setUpDefaultServer();
            ssh.setHost("127.0.0.1");
            ssh.setPort(0);
            ssh.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(root.resolve("host-key.ser")));
            ssh.setPasswordAuthenticator((user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
            ssh.setCommandFactory((channel, command) -> new GitCommand(command));
            ssh.start();
        }
        Files.createDirectories(sshDirectory);
        StringBuilder hosts = new StringBuilder();
        Iterable<KeyPair> keys;
        try {
            keys = ssh.getKeyPairProvider().loadKeys(null);
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
        for (KeyPair key : keys) {
            hosts.append("[127.0.0.1]:").append(ssh.getPort()).append(' ')
                    .append(PublicKeyEntry.toString(key.getPublic())).append('\n');
        }
        Files.writeString(sshDirectory.resolve("known_hosts"), hosts, StandardCharsets.UTF_8);
        return "ssh://" + USER + "@127.0.0.1:" + ssh.getPort() + "/" + name + ".git";
    }

    @Override
    public synchronized void close() throws IOException {
        if (daemon != null) {
            daemon.stop();
        }
        if (ssh != null) {
            ssh.stop(true);
        }
        repositories.values().forEach(Repository::close);
    }

    /** git-upload-pack or git-receive-pack over an SSH channel. */
    private final class GitCommand implements Command, Runnable {

        private final String command;
        private InputStream in;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;

        GitCommand(String command) {
            this.command = command;
        }

        @Override
        public void setInputStream(InputStream in) {
            this.in = in;
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void setErrorStream(OutputStream err) {
            this.err = err;
        }

        @Override
        public void setExitCallback(ExitCallback callback) {
            this.exit = callback;
        }

        @Override
        public void start(ChannelSession channel, Environment env) {
            Thread.ofPlatform().daemon().name("test-ssh-git").start(this);
        }

        @Override
        public void run() {
            int code = 0;
            String[] parts = command.split(" ", 2);
            String name = parts.length > 1 ? parts[1].replace("'", "") : "";
            try (Repository repository = open(name)) {
                if ("git-upload-pack".equals(parts[0])) {
                    new UploadPack(repository).upload(in, out, err);
                } else if ("git-receive-pack".equals(parts[0])) {
                    new ReceivePack(repository).receive(in, out, err);
                } else {
                    code = 127;
                }
            } catch (IOException | RuntimeException e) {
                code = 1;
            } finally {
                try {
                    out.flush();
                    err.flush();
                } catch (IOException e) {
                    // the channel is gone
                }
                exit.onExit(code);
            }
        }

        @Override
        public void destroy(ChannelSession channel) {
            // ends with the streams
        }
    }
}
