package rectify.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.lib.TextProgressMonitor;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.osgi.util.NLS;

import rectify.core.io.FileNames;
import rectify.core.merge.MergeReport;
import rectify.core.merge.ThreeWayMerge;
import rectify.share.Credentials;
import rectify.share.History;
import rectify.share.Integration;
import rectify.share.Wording;
import rectify.share.store.RegisterMerge;

/**
 * What the commands of shared registers say of a merge: the conflicts left (exit 1), what the
 * merged records now break, the references dropped; with the names the workbench shows, in the
 * user's language.
 */
final class Outcomes {

    /** The environment variable of the user name for a server (with {@value #PASSWORD}). */
    static final String USER = "RECTIFY_GIT_USER";
    /** The environment variable of the password for a server. */
    static final String PASSWORD = "RECTIFY_GIT_PASSWORD";

    private Outcomes() {
    }

    /** @return the credentials the environment gives, or {@code null} (those of the address, or SSH keys, serve) */
    static CredentialsProvider credentials() {
        String user = System.getenv(USER);
        return user == null || user.isBlank() ? null : Credentials.of(user, System.getenv(PASSWORD));
    }

    /** @return the progress of transfers, on standard error */
    static ProgressMonitor progress(PrintStream err) {
        return new TextProgressMonitor(new OutputStreamWriter(err, StandardCharsets.UTF_8));
    }

    /** @return the wording of a shared register's elements in the user's language */
    static Wording wording(Path folder) {
        return History.wording(folder, Locale.getDefault());
    }

    /**
     * Tells what a merge left or did; @return {@link Command#FOUND_ERRORS} when conflicts are left,
     * else {@link Command#OK}
     */
    static int report(Integration.Result result, Wording wording, PrintStream out, PrintStream err) {
        if (!result.merged()) {
            err.println(NLS.bind(ShareMessages.conflicts, result.conflicts().size()));
            for (RegisterMerge.PartConflict conflict : result.conflicts()) {
                out.println(conflict(conflict.conflict(), wording));
            }
            return Command.FOUND_ERRORS;
        }
        if (!result.broken().isEmpty()) {
            err.println(NLS.bind(ShareMessages.broken, result.broken().size()));
            for (Diagnostic diagnostic : result.broken()) {
                err.println("  " + diagnostic.getMessage()); //$NON-NLS-1$
            }
        }
        if (!result.report().skipped().isEmpty()) {
            err.println(ShareMessages.dropped);
            for (MergeReport.Skipped skipped : result.report().skipped()) {
                err.println(
                        "  " + wording.element(skipped.element()) + " \u2014 " + wording.feature(skipped.feature())); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return Command.OK;
    }

    /**
     * @return one conflict, tab-separated for scripts: {@code conflict}, the element's id, the
     *         field (or the kind of conflict), my value, their value, and the sentence for people
     */
    static String conflict(ThreeWayMerge.Conflict conflict, Wording wording) {
        EObject element = conflict.mine() != null ? conflict.mine() : conflict.theirs();
        String field;
        String sentence;
        switch (conflict.kind()) {
            case VALUE -> {
                field = conflict.feature().getName();
                sentence = NLS.bind(ShareMessages.conflictLine, new Object[] { wording.element(element),
                        wording.feature(conflict.feature()), wording.values(conflict.values(ThreeWayMerge.Side.MINE)),
                        wording.values(conflict.values(ThreeWayMerge.Side.THEIRS)) });
            }
            case REMOVED_BY_MINE -> {
                field = "-"; //$NON-NLS-1$
                sentence = wording.element(element) + ": " + ShareMessages.removedByMine; //$NON-NLS-1$
            }
            case REMOVED_BY_THEIRS -> {
                field = "-"; //$NON-NLS-1$
                sentence = wording.element(element) + ": " + ShareMessages.removedByTheirs; //$NON-NLS-1$
            }
            default -> {
                field = ">"; //$NON-NLS-1$
                sentence = wording.element(element) + ": " + ShareMessages.moved; //$NON-NLS-1$
            }
        }
        return String.join("\t", "conflict", conflict.id(), field, //$NON-NLS-1$ //$NON-NLS-2$
                FileNames.escape(wording.values(conflict.values(ThreeWayMerge.Side.MINE))),
                FileNames.escape(wording.values(conflict.values(ThreeWayMerge.Side.THEIRS))),
                FileNames.escape(sentence));
    }
}
