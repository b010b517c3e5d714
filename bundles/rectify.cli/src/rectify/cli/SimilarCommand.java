package rectify.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import rectify.cli.Arguments.UsageException;
import rectify.core.io.FileNames;
import rectify.search.EarlierProblem;
import rectify.search.QueryException;
import rectify.search.Recurrence;
import rectify.search.Recurrences;
import rectify.search.SearchScope;

/**
 * {@code rectify similar <register|folder> --record <id> [--shared <register>]}: 年年查年年有, for
 * scripts. For each problem of the record, the problems of earlier years of the same organization
 * it resembles (in the register, the folder's registers and the shared one), the most alike first,
 * one a line, tab-separated: the problem's id, its number, the earlier problem's id, its record's
 * year, the score and {@code repeat} where the score passes the threshold ({@code -} where not). A
 * summary goes to standard error. Nothing is linked. Exit codes: 0 done, 2 when no register could
 * be read, 64 for a wrong command line or a record no register holds.
 */
final class SimilarCommand extends RequestCommand<SimilarCommand.Request> {

    static final String RECORD = "--record";

    /** The command line, checked. */
    record Request(Path place, Path shared, String record) {
    }

    @Override
    public String name() {
        return "similar";
    }

    @Override
    public String synopsis() {
        return "similar <register|folder> --record <id> [--shared <register>]";
    }

    @Override
    public List<List<String>> training(Training.Sample sample) {
        return List.of(List.of(sample.register().toString(), RECORD, sample.example()));
    }

    @Override
    Request parse(List<String> args) throws UsageException {
        Arguments arguments = Arguments.of(args, Set.of(RECORD, SearchCommand.SHARED), Set.of());
        Path place = Arguments.path(arguments.operand(SearchMessages.missingRegisterOrFolder));
        String record = arguments.value(RECORD);
        if (record == null || record.isBlank()) {
            throw new UsageException(SearchMessages.missingRecord);
        }
        String shared = arguments.value(SearchCommand.SHARED);
        return new Request(place, shared == null ? null : Arguments.path(shared), record.strip());
    }

    @Override
    int run(Request request, PrintStream out, PrintStream err) {
        Recurrences.Result result;
        try {
            SearchScope scope = SearchCommand.scope(request.place(), request.shared());
            result = Recurrences.of(scope, request.record());
        } catch (QueryException e) {
            err.println(NLS.bind(SearchMessages.noRecord, FileNames.display(request.place()),
                    FileNames.display(request.record())));
            return USAGE;
        } catch (IOException e) {
            err.println(e.getMessage());
            return UNREADABLE;
        }
        result.notes().forEach(err::println);
        for (Recurrence problem : result.problems()) {
            for (EarlierProblem earlier : problem.earlier()) {
                out.println(String.join("\t", problem.problemId(), Columns.text(problem.number()), earlier.problemId(),
                        Integer.toString(earlier.year()), String.format(Locale.ROOT, "%.3f", earlier.score()),
                        earlier.repeat() ? "repeat" : "-"));
            }
        }
        err.println(NLS.bind(SearchMessages.similar, new Object[] { result.problems().size(),
                result.problems().stream().filter(Recurrence::isRepeat).count(),
                String.format(Locale.ROOT, "%.2f", Recurrences.THRESHOLD) }));
        return OK;
    }
}
