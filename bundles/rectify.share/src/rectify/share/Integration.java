package rectify.share;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.osgi.util.NLS;

import rectify.core.io.FileNames;
import rectify.core.io.RegisterLock;
import rectify.core.merge.MergeReport;
import rectify.model.Record;
import rectify.model.Register;
import rectify.share.format.Layout;
import rectify.share.format.Part;
import rectify.share.format.PartReader;
import rectify.share.store.Commits;
import rectify.share.store.RegisterMerge;
import rectify.share.store.Repositories;
import rectify.share.store.Snapshot;
import rectify.validation.RegisterValidation;

/**
 * Bringing another commit of a shared register into the local branch, as synchronising and
 * applying a hand-over file do: nothing when it is already in; a fast-forward when the local branch
 * has nothing of its own; else the model merge of both from their common commit ({@link
 * RegisterMerge}), committed with both as parents once its conflicts are decided. A commit of
 * another register (another root, or no common history) is refused.
 */
public final class Integration {

    private static final Pattern ROOT_ID = Pattern.compile("xmi:id=\"([^\"]+)\""); //$NON-NLS-1$

    /** Decides the conflicts of a merge; answers whether to go on with the merge. */
    @FunctionalInterface
    public interface Resolver {
        /** @return true to merge with the conflicts as decided now, false to leave everything as it is */
        boolean resolve(RegisterMerge merge);
    }

    /**
     * What integrating gave.
     *
     * @param merged whether the local branch now holds the other commit
     * @param conflicts the conflicts left undecided (nothing merged then), or decided
     * @param report what the merge left out
     * @param broken the closed-loop diagnostics of the merged records that their version here did not have
     * @param changedRecords how many records the local branch took or merged
     */
    public record Result(boolean merged, List<RegisterMerge.PartConflict> conflicts, MergeReport report,
            List<Diagnostic> broken, int changedRecords) {
    }

    private Integration() {
    }

    /**
     * @param repository the repository of the shared register
     * @param theirs the other commit, fetched
     * @param source where it comes from, for the message of a merge commit
     * @param resolver decides conflicts, or {@code null} to leave them
     * @return what was done
     * @throws ShareException when the commit is of another register
     */
    public static Result integrate(Repository repository, ObjectId theirs, String source, Resolver resolver)
            throws IOException {
        Path folder = repository.getWorkTree().toPath();
        ObjectId mine = repository.resolve(Constants.HEAD);
        if (!rootId(repository, mine).equals(rootId(repository, theirs))) {
            throw new ShareException(NLS.bind(Messages.foreign, FileNames.display(source), FileNames.display(folder)));
        }
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit mineCommit = walk.parseCommit(mine);
            RevCommit theirCommit = walk.parseCommit(theirs);
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(mineCommit);
            walk.markStart(theirCommit);
            RevCommit base = walk.next();
            if (base == null) {
                throw new ShareException(
                        NLS.bind(Messages.noCommonHistory, FileNames.display(source), FileNames.display(folder)));
            }
            MergeReport report = new MergeReport();
            if (base.equals(theirCommit)) {
                return new Result(true, List.of(), report, List.of(), 0);
            }
            Snapshot mineFiles = Snapshot.of(repository, mine);
            Snapshot theirFiles = Snapshot.of(repository, theirs);
            if (base.equals(mineCommit)) {
                Set<String> paths = differing(mineFiles, theirFiles);
                advance(repository, folder, mine, theirFiles, paths, "merge " + source + ": Fast-forward"); //$NON-NLS-1$ //$NON-NLS-2$
                return new Result(true, List.of(), report, List.of(), countRecords(paths));
            }
            RegisterMerge merge = RegisterMerge.of(repository, Snapshot.of(repository, base), mineFiles, theirFiles);
            if (!merge.conflicts().isEmpty() && (resolver == null || !resolver.resolve(merge))) {
                return new Result(false, merge.conflicts(), report, List.of(), 0);
            }
            Commits.Changes changes = merge.merged(report);
            String message = NLS.bind(Messages.mergeMessage, source);
            Snapshot merged = Commits.commit(repository, mineFiles, changes, Authors.of(repository), message + '\n',
                    List.of(mine, theirs));
            advance(repository, folder, mine, merged, changes.paths(), "merge " + source); //$NON-NLS-1$
            List<Diagnostic> broken = broken(repository, folder, mineFiles, merged, changes.paths());
            return new Result(true, merge.conflicts(), report, broken, countRecords(changes.paths()));
        }
    }

    private static void advance(Repository repository, Path folder, ObjectId from, Snapshot to, Set<String> paths,
            String log)
            throws IOException {
        try (RegisterLock lock = Repositories.lock(folder, RegisterLock.DEFAULT_WAIT)) {
            if (!Commits.advance(repository, from, to, paths, log)) {
                throw rectify.core.io.RegisterFileException.changedOnDisk(folder.resolve(Layout.REGISTER));
            }
        }
    }

    private static int countRecords(Set<String> paths) {
        return (int) paths.stream().filter(path -> Layout.recordId(path) != null).count();
    }

    /** @return the paths whose blobs differ between two commits */
    static Set<String> differing(Snapshot one, Snapshot other) {
        Set<String> paths = new HashSet<>();
        one.files().forEach((path, entry) -> {
            if (!entry.equals(other.files().get(path))) {
                paths.add(path);
            }
        });
        other.files().keySet().stream().filter(path -> !one.files().containsKey(path)).forEach(paths::add);
        return paths;
    }

    /** @return the identifier of the register a commit holds */
    static String rootId(Repository repository, ObjectId commit) throws IOException {
        try (ObjectReader reader = repository.newObjectReader()) {
            byte[] register = Snapshot.of(repository, commit).read(reader, Layout.REGISTER);
            if (register != null) {
                Matcher id = ROOT_ID
                        .matcher(new String(register, 0, Math.min(register.length, 4096), StandardCharsets.UTF_8));
                if (id.find()) {
                    return id.group(1);
                }
            }
            return ""; //$NON-NLS-1$
        }
    }

    /**
     * @return the closed-loop diagnostics of the records a merge changed that the same records did
     *         not have before it: what the merge breaks
     */
    private static List<Diagnostic> broken(Repository repository, Path folder, Snapshot before, Snapshot after,
            Set<String> paths) throws IOException {
        List<String> records = paths.stream().filter(path -> Layout.recordId(path) != null && after.blob(path) != null)
                .toList();
        if (records.isEmpty()) {
            return List.of();
        }
        Set<String> old = messages(partial(repository, folder, before, records));
        List<Diagnostic> broken = new ArrayList<>();
        for (Diagnostic diagnostic : partial(repository, folder, after, records)) {
            if (diagnostic.getSeverity() >= Diagnostic.WARNING && !old.contains(key(diagnostic))) {
                broken.add(diagnostic);
            }
        }
        return broken;
    }

    private static Set<String> messages(List<Diagnostic> diagnostics) {
        Set<String> keys = new HashSet<>();
        diagnostics.forEach(d -> keys.add(key(d)));
        return keys;
    }

    private static String key(Diagnostic diagnostic) {
        return diagnostic.getSource() + '\u0000' + diagnostic.getCode() + '\u0000' + diagnostic.getMessage();
    }

    /** @return the diagnostics of some records of a commit, read with the register part and nothing else */
    private static List<Diagnostic> partial(Repository repository, Path folder, Snapshot commit, List<String> paths)
            throws IOException {
        try (ObjectReader reader = repository.newObjectReader()) {
            byte[] registerText = commit.read(reader, Layout.REGISTER);
            if (registerText == null) {
                return List.of();
            }
            Part registerPart = PartReader.read(registerText, folder.resolve(Layout.REGISTER));
            Map<EObject, String> ids = registerPart.standalone();
            Register register = (Register) registerPart.root();
            register.getRecords().clear();
            Map<String, EObject> byId = new java.util.HashMap<>();
            ids.forEach((element, id) -> byId.put(id, element));
            for (String path : paths) {
                byte[] text = commit.read(reader, path);
                if (text == null) {
                    continue;
                }
                Part record = PartReader.read(text, folder.resolve(path));
                record.standalone(byId);
                register.getRecords().add((Record) record.root());
            }
            List<Diagnostic> all = new ArrayList<>();
            collect(RegisterValidation.validate(register, LocalDate.now()), all);
            return all;
        }
    }

    private static void collect(Diagnostic diagnostic, List<Diagnostic> into) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() != Diagnostic.OK) {
                into.add(diagnostic);
            }
            return;
        }
        diagnostic.getChildren().forEach(child -> collect(child, into));
    }
}
