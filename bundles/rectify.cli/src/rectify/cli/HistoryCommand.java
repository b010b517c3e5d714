package rectify.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import rectify.cli.Arguments.UsageException;
import rectify.share.History;
import rectify.share.Wording;

/**
 * {@code rectify history <folder> [--record <id>]}: the audit trail of a shared register, or of one
 * record, newest first, one line per change, tab-separated: commit, date, author, element id,
 * field ({@code +} added, {@code -} removed, {@code >} moved), old → new as the workbench names
 * them. Exit codes: 0, 2 when the folder is no shared register, 64 for a wrong command line.
 */
final class HistoryCommand extends RequestCommand<HistoryCommand.Request> {

    private static final String RECORD = "--record";

    /** The command line, checked. */
    record Request(Path folder, String record) {
    }

    @Override
    public String name() {
        return "history";
    }

    @Override
    public String synopsis() {
        return "history <folder> [--record <id>]";
    }

    @Override
    public List<List<String>> training(Training.Sample sample) {
        Path folder = sample.scratch("history");
        try {
            rectify.share.Sharing.share(sample.register(), folder);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return List.of(List.of(folder.toString()), List.of(folder.toString(), RECORD, sample.meeting()));
    }

    @Override
    Request parse(List<String> args) throws UsageException {
        Arguments arguments = Arguments.of(args, Set.of(RECORD), Set.of());
        return new Request(Arguments.path(arguments.operand(ShareMessages.missingFolder)), arguments.value(RECORD));
    }

    @Override
    int run(Request request, PrintStream out, PrintStream err) {
        try {
            List<History.Entry> entries = History.of(request.folder(), request.record());
            Wording wording = Outcomes.wording(request.folder());
            for (History.Entry entry : entries) {
                out.println(History.line(entry, wording));
            }
            return OK;
        } catch (IOException e) {
            err.println(e.getMessage());
            return UNREADABLE;
        }
    }
}
