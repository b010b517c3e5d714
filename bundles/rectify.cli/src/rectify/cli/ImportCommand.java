package rectify.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import rectify.cli.Arguments.UsageException;
import rectify.importer.DocumentImport;
import rectify.importer.Finding;
import rectify.importer.ImportException;
import rectify.importer.ImportResult;
import rectify.importer.RegisterAddition;
import rectify.importer.RegisterImport;

/**
 * {@code rectify import <file> --register <register> [--template <id>]}: imports a Word
 * document or a text file as a new record of the register (made when it does not exist); see
 * {@link DocumentImport}. The review answers the template named by its identifier or name, or
 * else the register's template made from the same notice, if any.
 * <p>
 * Standard error gets the report of the recognition (what was recognised, inferred and kept as
 * notes) and what adding to the register found; standard output gets the new record's line as
 * {@code rectify info} prints it. Exit codes: 0 when the record was added; 2 when the document
 * or the register cannot be read or the register cannot be written (the register is then
 * unchanged); 64 for a wrong command line, including a template the register does not have.
 */
final class ImportCommand extends RequestCommand<ImportCommand.Request> {

    private static final String REGISTER = "--register";
    private static final String TEMPLATE = "--template";

    /** The command line, checked. */
    record Request(Path document, Path register, String template) {
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String synopsis() {
        return "import <file> --register <register> [--template <id>]";
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
            addition = RegisterImport.into(result, request.register(), request.template());
        } catch (ImportException e) {
            err.println(e.getMessage());
            return e.getProblem() == ImportException.Problem.UNKNOWN_TEMPLATE ? USAGE : UNREADABLE;
        } catch (IOException e) {
            err.println(e.getMessage());
            return UNREADABLE;
        }
        err.println(NLS.bind(ImportMessages.added, request.register().toAbsolutePath().normalize()));
        for (Finding finding : addition.findings()) {
            err.println("  " + finding.message());
        }
        out.println(InfoCommand.line(addition.record()));
        return OK;
    }

    @Override
    Request parse(List<String> args) throws UsageException {
        Arguments arguments = Arguments.of(args, Set.of(REGISTER, TEMPLATE), Set.of());
        if (arguments.operands().size() > 1) {
            throw new UsageException(NLS.bind(ImportMessages.oneDocument, arguments.operands().get(1)));
        }
        Path document = Path.of(arguments.operand(ImportMessages.missingDocument));
        String register = arguments.value(REGISTER);
        if (register == null) {
            throw new UsageException(ImportMessages.missingRegister);
        }
        return new Request(document, Path.of(register), arguments.value(TEMPLATE));
    }
}
