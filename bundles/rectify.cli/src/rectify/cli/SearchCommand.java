package rectify.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import rectify.cli.Arguments.UsageException;
import rectify.core.io.FileNames;
import rectify.model.MeasureStatus;
import rectify.search.ElementKind;
import rectify.search.QueryException;
import rectify.search.Search;
import rectify.search.SearchHit;
import rectify.search.SearchIndexes;
import rectify.search.SearchRequest;
import rectify.search.SearchResult;
import rectify.search.SearchScope;
import rectify.search.Span;

/**
 * {@code rectify search <register|folder> <query> [--year Y] [--unit U] [--leader L] [--kind K]
 * [--status S] [--limit N] [--shared <register>] [--rebuild]}: full-text search over a register or
 * the registers of a folder (and a shared register), for scripts. One hit a line, best first,
 * tab-separated: the score, the record's id, the element's id, its kind, its number ({@code -} for
 * none) and the sentences that matched, on one line (what matched in bold on a terminal). What the
 * user should know (registers that could not be read, indexes built anew) and how many were found
 * go to standard error. {@code --rebuild} builds the indexes anew first. Exit codes: 0 found, 1
 * nothing found, 2 when no register could be read, 64 for a wrong command line or query.
 */
final class SearchCommand extends RequestCommand<SearchCommand.Request> {

    static final String SHARED = "--shared";
    private static final String YEAR = "--year";
    private static final String UNIT = "--unit";
    private static final String LEADER = "--leader";
    private static final String KIND = "--kind";
    private static final String STATUS = "--status";
    private static final String LIMIT = "--limit";
    private static final String REBUILD = "--rebuild";
    private static final String OPEN = "open";
    private static final String BOLD = "\u001B[1m";
    private static final String PLAIN = "\u001B[0m";

    /** The command line, checked. */
    record Request(Path place, Path shared, SearchRequest search, int limit, boolean rebuild) {
    }

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String synopsis() {
        return "search <register|folder> <query> [--year Y] [--unit U] [--leader L] [--kind problem|cause|measure|...]"
                + " [--status planned|inProgress|done|closed|open] [--limit N] [--shared <register>] [--rebuild]";
    }

    @Override
    public List<List<String>> training(Training.Sample sample) {
        String register = sample.register().toString();
        return List.of(List.of(register, "调查研究"), List.of(sample.folder().toString(), "作风 会议", YEAR, "2021"),
                List.of(register, "", KIND, "measure", STATUS, OPEN));
    }

    @Override
    Request parse(List<String> args) throws UsageException {
        Arguments arguments = Arguments.of(args, Set.of(YEAR, UNIT, LEADER, KIND, STATUS, LIMIT, SHARED),
                Set.of(REBUILD));
        List<String> operands = arguments.operands();
        if (operands.isEmpty()) {
            throw new UsageException(SearchMessages.missingRegisterOrFolder);
        }
        if (operands.size() < 2) {
            throw new UsageException(SearchMessages.missingQuery);
        }
        if (operands.size() > 2) {
            throw new UsageException(NLS.bind(Messages.unknownArgument, FileNames.display(operands.get(2))));
        }
        String shared = arguments.value(SHARED);
        SearchRequest search = new SearchRequest(operands.get(1), kind(arguments.value(KIND)),
                year(arguments.value(YEAR)),
                arguments.value(UNIT), arguments.value(LEADER), status(arguments.value(STATUS)));
        if (search.text().isEmpty() && !search.hasFilter()) {
            throw new UsageException(SearchMessages.missingQuery);
        }
        return new Request(Arguments.path(operands.get(0)), shared == null ? null : Arguments.path(shared), search,
                limit(arguments.value(LIMIT)), arguments.has(REBUILD));
    }

    @Override
    int run(Request request, PrintStream out, PrintStream err) {
        SearchScope scope;
        try {
            scope = scope(request.place(), request.shared());
        } catch (IOException e) {
            err.println(e.getMessage());
            return UNREADABLE;
        }
        if (request.rebuild()) {
            for (Path register : scope.registers()) {
                try {
                    String note = SearchIndexes.rebuild(register);
                    err.println(note == null ? NLS.bind(SearchMessages.rebuilt, FileNames.display(register)) : note);
                } catch (IOException e) {
                    err.println(e.getMessage());
                }
            }
        }
        SearchResult result;
        try {
            result = Search.run(scope, request.search(), request.limit());
        } catch (QueryException e) {
            err.println(e.getMessage());
            return USAGE;
        }
        result.notes().forEach(err::println);
        boolean terminal = isTerminal();
        for (SearchHit hit : result.hits()) {
            out.println(
                    String.join("\t", String.format(Locale.ROOT, "%.3f", hit.score()), hit.recordId(), hit.elementId(),
                            hit.kind().literal(), Columns.text(hit.number()), text(hit, terminal)));
        }
        err.println(NLS.bind(SearchMessages.found,
                new Object[] { result.hits().size(), result.total(), result.registers() }));
        if (result.registers() == 0) {
            return UNREADABLE;
        }
        return result.hits().isEmpty() ? FOUND_ERRORS : OK;
    }

    /**
     * @param place a register or a folder of registers, as given
     * @param shared a shared register, or {@code null}
     * @return the registers to look through
     * @throws IOException with the message for the user when there is none or the place cannot be read
     */
    static SearchScope scope(Path place, Path shared) throws IOException {
        SearchScope scope;
        try {
            scope = SearchScope.of(place);
            if (shared != null) {
                SearchScope.of(shared);
                scope = scope.and(shared);
            }
        } catch (NoSuchFileException e) {
            throw new IOException(NLS.bind(SearchMessages.noSuchFile, FileNames.display(Path.of(e.getFile()))), e);
        } catch (IOException e) {
            throw new IOException(FileNames.reason(e), e);
        }
        if (scope.registers().isEmpty()) {
            throw new IOException(NLS.bind(SearchMessages.noRegisters, FileNames.display(place)));
        }
        return scope;
    }

    /** @return the hit's text on one line, control characters escaped, what matched in bold on a terminal */
    private static String text(SearchHit hit, boolean terminal) {
        String text = hit.text().replaceAll("[\\t\\n\\r\\f\\u000B]", " ");
        StringBuilder line = new StringBuilder();
        int at = 0;
        for (Span span : terminal ? hit.highlights() : List.<Span>of()) {
            line.append(FileNames.escape(text.substring(at, span.start()))).append(BOLD)
                    .append(FileNames.escape(text.substring(span.start(), span.end()))).append(PLAIN);
            at = span.end();
        }
        return line.append(FileNames.escape(text.substring(at))).toString();
    }

    /** @return whether standard output is a terminal (Java 22 tells it of a console; before, a console is one) */
    private static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    private static ElementKind kind(String text) throws UsageException {
        if (text == null) {
            return null;
        }
        ElementKind kind = ElementKind.of(text.strip());
        if (kind == null) {
            throw new UsageException(NLS.bind(SearchMessages.badKind, FileNames.display(text),
                    Arrays.stream(ElementKind.values()).map(ElementKind::literal).collect(Collectors.joining(", "))));
        }
        return kind;
    }

    private static String status(String text) throws UsageException {
        if (text == null || text.strip().equals(OPEN) || MeasureStatus.get(text.strip()) != null) {
            return text == null ? null : text.strip();
        }
        throw new UsageException(NLS.bind(SearchMessages.badStatus, FileNames.display(text),
                MeasureStatus.VALUES.stream().map(MeasureStatus::getLiteral).collect(Collectors.joining(", ")) + ", "
                        + OPEN));
    }

    private static Integer year(String text) throws UsageException {
        if (text == null) {
            return null;
        }
        try {
            int year = Integer.parseInt(text.strip());
            if (year > 0 && year < 10_000) {
                return year;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException(NLS.bind(SearchMessages.badYear, FileNames.display(text)));
    }

    private static int limit(String text) throws UsageException {
        if (text == null) {
            return Search.DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text.strip());
            if (limit > 0) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException(NLS.bind(SearchMessages.badLimit, FileNames.display(text)));
    }
}
