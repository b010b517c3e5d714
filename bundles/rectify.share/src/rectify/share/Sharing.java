package rectify.share;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.osgi.util.NLS;

import rectify.core.io.FileNames;
import rectify.core.io.RegisterFiles;
import rectify.core.io.RegisterResource;
import rectify.model.Record;
import rectify.model.Register;
import rectify.share.format.Layout;
import rectify.share.format.PartWriter;
import rectify.share.store.Commits;
import rectify.share.store.Repositories;
import rectify.share.store.Snapshot;

/**
 * Making a shared register from a register file (a new Git repository whose first commit holds
 * it), joining one from its server (a clone), and writing one back to a single file: all without
 * loss, every identifier kept.
 */
public final class Sharing {

    /** The system property naming the command that runs {@code rectify}, for Git's merge driver. */
    public static final String LAUNCHER = "rectify.launcher"; //$NON-NLS-1$
    private static final String BRANCH = "main"; //$NON-NLS-1$

    private Sharing() {
    }

    /**
     * @param register a register (file, or shared folder)
     * @param folder a new or empty folder
     * @return the folder's register part
     * @throws ShareException when the folder is not empty; {@link rectify.core.io.RegisterFileException} when the register cannot be read
     */
    public static Path share(Path register, Path folder) throws IOException {
        requireEmpty(folder);
        Register model = RegisterFiles.load(register);
        Commits.Changes changes = Commits.Changes.none();
        changes.writes().put(Layout.ATTRIBUTES, Layout.attributes().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        changes.writes().put(Layout.REGISTER, PartWriter.write(model, RegisterResource::idOf));
        for (Record record : model.getRecords()) {
            changes.writes().put(Layout.recordPath(RegisterResource.idOf(record)),
                    PartWriter.write(record, RegisterResource::idOf));
        }
        try (Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch(BRANCH).call()) {
            Repository repository = git.getRepository();
            configure(repository);
            Snapshot first = Commits.commit(repository, Snapshot.empty(), changes, Authors.of(repository),
                    Messages.shareMessage + '\n', List.of());
            Commits.advance(repository, null, first, changes.paths(), "commit (initial): share"); //$NON-NLS-1$
        } catch (GitAPIException e) {
            throw new IOException(e.getMessage(), e);
        }
        return folder.resolve(Layout.REGISTER).toAbsolutePath().normalize();
    }

    /**
     * Clones a shared register from its server into a new or empty folder.
     *
     * @throws ShareException when the server cannot be reached or refuses, or holds no shared register; nothing is left then
     */
    public static Path join(String url, Path folder, CredentialsProvider credentials, ProgressMonitor monitor)
            throws IOException {
        requireEmpty(folder);
        boolean made = !Files.exists(folder);
        try (Git git = Transports.configure(Git.cloneRepository().setURI(url).setDirectory(folder.toFile())
                .setProgressMonitor(monitor), credentials).call()) {
            configure(git.getRepository());
            RefUpdate received = git.getRepository().updateRef(Handover.RECEIVED);
            received.setNewObjectId(git.getRepository().resolve(org.eclipse.jgit.lib.Constants.HEAD));
            received.setForceUpdate(true);
            received.update();
        } catch (GitAPIException | RuntimeException e) {
            clean(folder, made);
            throw Sync.failure(url, e, monitor);
        }
        if (Layout.locate(folder) == null) {
            clean(folder, made);
            throw new ShareException(NLS.bind(Messages.notShared, Sync.display(url)));
        }
        return folder.resolve(Layout.REGISTER).toAbsolutePath().normalize();
    }

    /** @return whether a register's resource is a shared register's */
    public static boolean isShared(org.eclipse.emf.ecore.resource.Resource resource) {
        return resource instanceof rectify.share.store.SharedResource;
    }

    /** Writes a shared register (or any register) to a single register file. */
    public static void export(Path register, Path file) throws IOException {
        RegisterFiles.save(RegisterFiles.load(register), file);
    }

    /** Declares Rectify's model merge as the merge driver that {@code .gitattributes} names, for Git's own merges. */
    static void configure(Repository repository) throws IOException {
        StoredConfig config = repository.getConfig();
        config.setString("merge", "rectify", "name", "Rectify model merge"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        config.setString("merge", "rectify", "driver", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                System.getProperty(LAUNCHER, "rectify") + " merge %O %A %B %P"); //$NON-NLS-1$ //$NON-NLS-2$
        config.save();
    }

    private static void requireEmpty(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isEmpty()) {
                    return;
                }
            }
        } else if (!Files.exists(folder)) {
            return;
        }
        throw new ShareException(NLS.bind(Messages.notEmpty, FileNames.display(folder)));
    }

    private static void clean(Path folder, boolean made) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (made || !path.equals(folder)) {
                    Files.delete(path);
                }
            }
        }
    }
}
