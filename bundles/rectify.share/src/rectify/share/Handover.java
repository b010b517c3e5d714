package rectify.share;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.errors.MissingBundlePrerequisiteException;
import org.eclipse.jgit.errors.NotSupportedException;
import org.eclipse.jgit.errors.TransportException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.BundleWriter;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.osgi.util.NLS;

import rectify.core.io.FileNames;
import rectify.share.format.Layout;
import rectify.share.store.Repositories;

/**
 * Offline hand-over of a shared register, for removable media: the changes since the last exchange
 * written as one file (a Git bundle), and such a file applied on the other side with the same merge
 * as synchronising ({@link Integration}). The last exchange is what was last received from the
 * other side ({@value #RECEIVED}) and last handed over ({@value #SENT}); a full hand-over carries
 * the whole history.
 */
public final class Handover {

    /** The commit last handed over. */
    public static final String SENT = "refs/rectify/handover/sent"; //$NON-NLS-1$
    /** The commit last received. */
    public static final String RECEIVED = "refs/rectify/handover/received"; //$NON-NLS-1$
    private static final String INCOMING = "refs/rectify/handover/incoming"; //$NON-NLS-1$

    /**
     * What a hand-over file holds.
     *
     * @param commits how many commits it carries
     * @param full whether it carries the whole history
     */
    public record Written(int commits, boolean full) {
    }

    private Handover() {
    }

    /**
     * Writes the changes since the last exchange (or all, {@code full}) to a file, atomically.
     */
    public static Written create(Path folder, Path out, boolean full, ProgressMonitor monitor) throws IOException {
        requireShared(folder);
        try (Repository repository = Repositories.open(folder); RevWalk walk = new RevWalk(repository)) {
            ObjectId head = repository.resolve(Constants.HEAD);
            RevCommit tip = walk.parseCommit(head);
            BundleWriter writer = new BundleWriter(repository);
            writer.include(Constants.R_HEADS + repository.getBranch(), head);
            writer.include(Constants.HEAD, head);
            List<RevCommit> assumed = new ArrayList<>();
            if (!full) {
                for (String ref : List.of(RECEIVED, SENT)) {
                    ObjectId known = repository.resolve(ref);
                    if (known != null) {
                        RevCommit commit = walk.parseCommit(known);
                        if (walk.isMergedInto(commit, tip)) {
                            writer.assume(commit);
                            assumed.add(commit);
                        }
                    }
                }
            }
            walk.reset();
            walk.markStart(tip);
            assumed.forEach(commit -> {
                try {
                    walk.markUninteresting(commit);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            int commits = 0;
            while (walk.next() != null) {
                commits++;
            }
            Path absolute = out.toAbsolutePath().normalize();
            Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
            try {
                try (OutputStream stream = Files.newOutputStream(temporary)) {
                    writer.writeBundle(monitor == null ? NullProgressMonitor.INSTANCE : monitor, stream);
                }
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
            setRef(repository, SENT, head);
            return new Written(commits, assumed.isEmpty());
        }
    }

    /**
     * Applies a hand-over file: its commits fetched, then merged into the register.
     *
     * @return what was done; not merged when conflicts are left
     * @throws ShareException when the file is not a hand-over file, is damaged, continues changes this
     *         register lacks, or is of another register; nothing changed
     */
    public static Integration.Result apply(Path folder, Path file, ProgressMonitor monitor,
            Integration.Resolver resolver)
            throws IOException {
        requireShared(folder);
        if (!Files.isRegularFile(file)) {
            throw new ShareException(NLS.bind(Messages.notABundle, FileNames.display(file), FileNames.reason(
                    new java.nio.file.NoSuchFileException(file.toString()))));
        }
        try (Repository repository = Repositories.open(folder)) {
            String incoming = INCOMING + '/' + repository.getBranch();
            ObjectId theirs;
            try (Transport transport = Transport.open(repository, new URIish(file.toAbsolutePath().toString()))) {
                FetchResult result = transport.fetch(monitor == null ? NullProgressMonitor.INSTANCE : monitor,
                        List.of(new RefSpec("+" + Constants.R_HEADS + "*:" + INCOMING + "/*"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                if (result.getAdvertisedRef(Constants.R_HEADS + repository.getBranch()) == null
                        && result.getAdvertisedRefs().isEmpty()) {
                    throw new ShareException(NLS.bind(Messages.notABundle, FileNames.display(file), "no branch")); //$NON-NLS-1$
                }
                theirs = repository.resolve(incoming);
                if (theirs == null) {
                    theirs = result.getAdvertisedRefs().iterator().next().getObjectId();
                }
            } catch (MissingBundlePrerequisiteException e) {
                throw new ShareException(NLS.bind(Messages.missingPrerequisites, FileNames.display(file)), e);
            } catch (NotSupportedException | TransportException | java.net.URISyntaxException | RuntimeException e) {
                throw new ShareException(NLS.bind(Messages.notABundle, FileNames.display(file), FileNames.display(
                        String.valueOf(e.getMessage()))), e);
            }
            Integration.Result result;
            try {
                result = Integration.integrate(repository, theirs, file.getFileName().toString(), resolver);
            } catch (ShareException e) {
                Repositories.deleteRef(repository, incoming);
                throw e;
            }
            if (result.merged()) {
                setRef(repository, RECEIVED, theirs);
            }
            return result;
        }
    }

    private static void requireShared(Path folder) throws ShareException {
        if (Layout.locate(folder) == null) {
            throw new ShareException(NLS.bind(Messages.notShared, FileNames.display(folder)));
        }
    }

    private static void setRef(Repository repository, String ref, ObjectId commit) throws IOException {
        RefUpdate update = repository.updateRef(ref);
        update.setNewObjectId(commit);
        update.setForceUpdate(true);
        update.update();
    }

}
