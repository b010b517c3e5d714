package rectify.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.osgi.util.NLS;

import rectify.cli.Arguments.UsageException;
import rectify.core.io.FileNames;
import rectify.share.Integration;
import rectify.share.Sharing;
import rectify.share.Sync;

/**
 * {@code rectify sync <folder> [--remote <url>]}: synchronises a shared register with its server
 * (fetch, model merge, push), the server given once with {@code --remote} and remembered; a folder
 * that does not exist yet is made a clone of the server's register. git://, ssh:// (keys of
 * {@code ~/.ssh}) and https:// addresses; a user name and password come from the address or from
 * {@value Outcomes#USER} and {@value Outcomes#PASSWORD}. Progress goes to standard error; conflicts
 * are listed on standard output, one a line: {@code conflict}, element id, field, here, there, and
 * the sentence. Exit codes: 0 synchronised, 1 conflicts left (nothing merged), 2 server unreachable
 * or refusing, register unreadable or of another register (nothing changed), 64 wrong command line.
 */
final class SyncCommand extends RequestCommand<SyncCommand.Request> {

    private static final String REMOTE = "--remote";

    /** The command line, checked. */
    record Request(Path folder, String remote) {
    }

    @Override
    public String name() {
        return "sync";
    }

    @Override
    public String synopsis() {
        return "sync <folder> [--remote <url>]";
    }

    @Override
    public List<List<String>> training(Training.Sample sample) {
        Path server = sample.scratch("server.git");
        try (Git git = Git.init().setBare(true).setDirectory(server.toFile()).setInitialBranch("main").call()) {
            Sharing.share(sample.register(), sample.scratch("synced"));
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = server.toUri().toString();
        return List.of(List.of(sample.scratch("synced").toString(), REMOTE, url),
                List.of(sample.scratch("joined").toString(), REMOTE, url));
    }

    @Override
    Request parse(List<String> args) throws UsageException {
        Arguments arguments = Arguments.of(args, Set.of(REMOTE), Set.of());
        Path folder = Arguments.path(arguments.operand(ShareMessages.missingFolder));
        return new Request(folder, arguments.value(REMOTE));
    }

    @Override
    int run(Request request, PrintStream out, PrintStream err) {
        try {
            if (!Files.exists(request.folder()) && request.remote() != null) {
                Sharing.join(request.remote(), request.folder(), Outcomes.credentials(), Outcomes.progress(err));
                err.println(NLS.bind(ShareMessages.joined, FileNames.display(request.folder()), request.remote()));
                return OK;
            }
            Integration.Result result = Sync.run(request.folder(), request.remote(), Outcomes.credentials(),
                    Outcomes.progress(err), null);
            int code = Outcomes.report(result, Outcomes.wording(request.folder()), out, err);
            if (code == OK) {
                err.println(NLS.bind(ShareMessages.synced, new Object[] { FileNames.display(request.folder()),
                        request.remote() != null ? request.remote() : Sync.REMOTE, result.changedRecords() }));
            }
            return code;
        } catch (IOException e) {
            err.println(e.getMessage());
            return UNREADABLE;
        }
    }
}
