package rectify.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import rectify.cli.Arguments.UsageException;
import rectify.core.io.FileNames;
import rectify.core.io.RegisterFileException;
import rectify.core.io.RegisterLock;
import rectify.importer.DocumentImport;
import rectify.importer.Finding;
import rectify.importer.ImportException;
import rectify.importer.ImportResult;
import rectify.importer.RegisterAddition;
import rectify.importer.RegisterImport;

/**
 * {@code rectify import <file> --register <register> [--template <id>] [--wait <seconds>]}:
 * imports a Word document or a text file as a new record of the register (made when it does not
 * exist); see {@link DocumentImport}. The review answers the template named by its identifier or
 * name, or else the register's template made from the same notice, if any. The record is added
 * under the register's lock to the register as it is on disk then ({@link RegisterImport}), so
 * that commands and windows writing the same register at once lose nothing; another writer is
 * waited for {@code --wait} seconds (30 by default).
 * <p>
 * Standard error gets the report of the recognition (what was recognised, inferred and kept as
 * notes) and what adding to the register found; standard output gets the new record's line as
 * {@code rectify info} prints it. Exit codes: 0 when the record was added; 2 when the document
 * or the register cannot be read or the register cannot be written; 64 for a wrong command line,
 * including a template the register does not have; 75 when another program kept writing the
 * register for longer than the wait. The register is unchanged unless the exit code is 0.
 */
final class ImportCommand extends RequestCommand<ImportCommand.Request> {

    private static final String REGISTER = "--register";
    private static final String TEMPLATE = "--template";
    private static final String WAIT = "--wait";
    /** The longest wait one may ask for: a day. */
    private static final long MAX_WAIT_SECONDS = 86_400;

    /** The command line, checked. */
    record Request(Path document, Path register, String template, Duration lockWait) {
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String synopsis() {
        return "import <file> --register <register> [--template <id>] [--wait <seconds>]";
    }

    @Override
    public List<List<String>> training(Training.Sample sample) {
        String register = sample.scratch("imported.rectify").toString();
        return Stream.of("docx", "txt", "doc", "pdf")
                .map(format -> List.of(sample.document(format).toString(), "--register", register)).toList();
    }

    @Override
    int run(Request request, PrintStream out, PrintStream err) {
        ImportResult result;
        try {
            result = DocumentImport.read(request.document());
        } catch (ImportException e) {
            err.println(e.getMessage());
            return UNREADABLE;
        }
        err.println(result.report().toText());
        RegisterAddition addition;
        try {
            addition = RegisterImport.into(result, request.register(), request.template(), request.lockWait());
        } catch (ImportException e) {
            err.println(e.getMessage());
            return e.getProblem() == ImportException.Problem.UNKNOWN_TEMPLATE ? USAGE : UNREADABLE;
        } catch (RegisterFileException e) {
            err.println(e.getMessage());
            return e.getProblem() == RegisterFileException.Problem.LOCKED ? LOCKED : UNREADABLE;
        } catch (IOException e) {
            err.println(e.getMessage());
            return UNREADABLE;
        }
        err.println(NLS.bind(ImportMessages.added, FileNames.display(request.register())));
        for (Finding finding : addition.findings()) {
            err.println("  " + finding.message());
        }
        out.println(InfoCommand.line(addition.record()));
        return OK;
    }

    @Override
    Request parse(List<String> args) throws UsageException {
        Arguments arguments = Arguments.of(args, Set.of(REGISTER, TEMPLATE, WAIT), Set.of());
        if (arguments.operands().size() > 1) {
            throw new UsageException(
                    NLS.bind(ImportMessages.oneDocument, FileNames.display(arguments.operands().get(1))));
        }
        Path document = Arguments.path(arguments.operand(ImportMessages.missingDocument));
        String register = arguments.value(REGISTER);
        if (register == null) {
            throw new UsageException(ImportMessages.missingRegister);
        }
        return new Request(document, Arguments.path(register), arguments.value(TEMPLATE),
                lockWait(arguments.value(WAIT)));
    }

    private static Duration lockWait(String seconds) throws UsageException {
        if (seconds == null) {
            return RegisterLock.DEFAULT_WAIT;
        }
        try {
            long value = Long.parseLong(seconds);
            if (value >= 0 && value <= MAX_WAIT_SECONDS) {
                return Duration.ofSeconds(value);
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException(NLS.bind(ImportMessages.badWait, FileNames.display(seconds)));
    }
}
