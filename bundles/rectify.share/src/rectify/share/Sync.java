package rectify.share;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.osgi.util.NLS;

import rectify.core.io.FileNames;
import rectify.share.format.Layout;
import rectify.share.store.Repositories;

/**
 * Synchronising a shared register with its server (the remote {@value #REMOTE}): fetch, merge
 * ({@link Integration}), push; again when someone pushed meanwhile. With progress and cancel
 * through a JGit {@link ProgressMonitor}. A server that cannot be reached, refuses the credentials
 * or holds another register gets a {@link ShareException} and nothing is changed; conflicts that
 * the resolver leaves undecided leave the register as it was, the conflicts listed.
 */
public final class Sync {

    /** The name of the remote a shared register synchronises with. */
    public static final String REMOTE = "origin"; //$NON-NLS-1$
    private static final int ATTEMPTS = 3;

    private Sync() {
    }

    /**
     * @param folder the shared register's folder
     * @param url the server's address, remembered as the register's from now on; {@code null} for the one remembered
     * @param credentials the user name and password, or {@code null}
     * @param monitor progress and cancel
     * @param resolver decides conflicts, or {@code null} to leave them
     * @return what was done; {@link Integration.Result#merged()} false when conflicts are left
     * @throws ShareException when the server cannot be reached, refused, or holds another register; nothing changed
     */
    public static Integration.Result run(Path folder, String url, CredentialsProvider credentials,
            ProgressMonitor monitor,
            Integration.Resolver resolver) throws IOException {
        if (Layout.locate(folder) == null) {
            throw new ShareException(NLS.bind(Messages.notShared, FileNames.display(folder)));
        }
        try (Repository repository = Repositories.open(folder); Git git = new Git(repository)) {
            StoredConfig config = repository.getConfig();
            String remembered = config.getString("remote", REMOTE, "url"); //$NON-NLS-1$ //$NON-NLS-2$
            String address = url != null ? url : remembered;
            if (address == null) {
                throw new ShareException(NLS.bind(Messages.noRemote, FileNames.display(folder)));
            }
            String branch = repository.getBranch();
            String tracking = Constants.R_REMOTES + REMOTE + '/' + branch;
            remember(config, address);
            try {
                Integration.Result result = null;
                for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                    checkCancelled(monitor);
                    fetch(git, address, credentials, monitor);
                    checkCancelled(monitor);
                    ObjectId theirs = repository.resolve(tracking);
                    if (theirs != null) {
                        result = Integration.integrate(repository, theirs, display(address), resolver);
                        if (!result.merged()) {
                            return result;
                        }
                    } else {
                        result = new Integration.Result(true, java.util.List.of(), new rectify.core.merge.MergeReport(),
                                java.util.List.of(), 0);
                    }
                    ObjectId head = repository.resolve(Constants.HEAD);
                    checkCancelled(monitor);
                    if (head.equals(theirs) || push(git, branch, address, credentials, monitor)) {
                        return result;
                    }
                }
                throw new ShareException(NLS.bind(Messages.pushRejected, display(address), "non-fast-forward")); //$NON-NLS-1$
            } catch (ShareException e) {
                if (url != null && !url.equals(remembered)) {
                    forget(config, remembered);
                    Repositories.deleteRef(repository, tracking);
                }
                throw e;
            }
        }
    }

    private static void checkCancelled(ProgressMonitor monitor) throws ShareException {
        if (monitor != null && monitor.isCancelled()) {
            throw new ShareException(Messages.cancelled);
        }
    }

    private static void fetch(Git git, String address, CredentialsProvider credentials, ProgressMonitor monitor)
            throws ShareException {
        try {
            Transports.configure(git.fetch().setRemote(REMOTE)
                    .setRefSpecs(new RefSpec("+" + Constants.R_HEADS + "*:" + Constants.R_REMOTES + REMOTE + "/*")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .setProgressMonitor(monitor), credentials).call();
        } catch (GitAPIException | RuntimeException e) {
            throw failure(address, e, monitor);
        }
    }

    /** @return false when the server took nothing because someone pushed meanwhile */
    private static boolean push(Git git, String branch, String address, CredentialsProvider credentials,
            ProgressMonitor monitor) throws ShareException {
        Iterable<PushResult> results;
        try {
            results = Transports.configure(git.push().setRemote(REMOTE)
                    .setRefSpecs(new RefSpec(Constants.R_HEADS + branch + ':' + Constants.R_HEADS + branch))
                    .setProgressMonitor(monitor), credentials).call();
        } catch (GitAPIException | RuntimeException e) {
            throw failure(address, e, monitor);
        }
        for (PushResult result : results) {
            for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                switch (update.getStatus()) {
                    case OK, UP_TO_DATE -> {
                        // pushed
                    }
                    case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> {
                        return false;
                    }
                    default -> throw new ShareException(NLS.bind(Messages.pushRejected, display(address),
                            update.getMessage() != null ? update.getMessage() : update.getStatus().toString()));
                }
            }
        }
        return true;
    }

    /** @return the failure of a transfer as the user is told it */
    static ShareException failure(String address, Exception e, ProgressMonitor monitor) {
        if (monitor != null && monitor.isCancelled()) {
            return new ShareException(Messages.cancelled, e);
        }
        String text = causes(e);
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("not authorized") || lower.contains("authentication") || lower.contains("auth fail") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                || lower.contains("401") || lower.contains("no more authentication methods") //$NON-NLS-1$//$NON-NLS-2$
                || lower.contains("permission denied")) { //$NON-NLS-1$
            return new ShareException(NLS.bind(Messages.notAuthorized, display(address)), e);
        }
        if (e instanceof InvalidRemoteException || e instanceof TransportException
                || e.getCause() instanceof NoRemoteRepositoryException
                || e instanceof RuntimeException) {
            return new ShareException(NLS.bind(Messages.unreachable, display(address), shortCause(e)), e);
        }
        return new ShareException(NLS.bind(Messages.unreachable, display(address), shortCause(e)), e);
    }

    private static String causes(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            text.append(t.getMessage()).append(' ');
        }
        return text.toString();
    }

    /** @return the innermost message, without the address the message names already */
    private static String shortCause(Throwable e) {
        Throwable inner = e;
        while (inner.getCause() != null && inner.getCause() != inner) {
            inner = inner.getCause();
        }
        String message = inner.getMessage() != null ? inner.getMessage() : inner.getClass().getSimpleName();
        return FileNames.display(message.strip().replaceFirst("[.\u3002]+$", "")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return an address as shown to people: without a password */
    static String display(String address) {
        try {
            URIish uri = new URIish(address);
            return uri.getPass() != null ? uri.setPass(null).toString() : address;
        } catch (java.net.URISyntaxException e) {
            return address;
        }
    }

    private static void remember(StoredConfig config, String address) throws IOException {
        config.setString("remote", REMOTE, "url", address); //$NON-NLS-1$ //$NON-NLS-2$
        config.setString("remote", REMOTE, "fetch", "+refs/heads/*:refs/remotes/" + REMOTE + "/*"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        config.save();
    }

    private static void forget(StoredConfig config, String remembered) throws IOException {
        if (remembered == null) {
            config.unsetSection("remote", REMOTE); //$NON-NLS-1$
        } else {
            config.setString("remote", REMOTE, "url", remembered); //$NON-NLS-1$ //$NON-NLS-2$
        }
        config.save();
    }

}
