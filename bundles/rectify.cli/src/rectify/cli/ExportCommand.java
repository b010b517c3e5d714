package rectify.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import rectify.cli.Arguments.UsageException;
import rectify.core.io.FileKind;
import rectify.core.io.FileNames;
import rectify.core.io.RegisterFileException;
import rectify.core.io.RegisterFiles;
import rectify.documents.DocumentException;
import rectify.documents.DocumentKind;
import rectify.documents.DocumentTemplates;
import rectify.documents.WordDocuments;
import rectify.model.Record;
import rectify.model.Register;
import rectify.model.urgency.WarningThresholds;

/**
 * {@code rectify export <register> [--record <id>] --document material|plan|report|lists|meeting
 * --out <file.docx|dir> [--template <file.docx>]}: writes a Word document of a record (see
 * {@link WordDocuments}). Without {@code --record}, a register of one record exports that one;
 * {@code --out} is the file, or a folder to write it into under a name made of the record's title
 * and the document's; {@code --template} replaces the shipped template of the document.
 * <p>
 * Standard output gets the path of the file written. Exit codes: 0 when it was written; 1 when it
 * was not (a template that cannot serve, a file that cannot be written: nothing was written); 2
 * when the register cannot be read; 64 for a wrong command line, including a record id the
 * register does not have.
 */
final class ExportCommand extends RequestCommand<ExportCommand.Request> {

    private static final String RECORD = "--record";
    private static final String DOCUMENT = "--document";
    private static final String OUT = "--out";
    private static final String TEMPLATE = "--template";

    /** The command line, checked. */
    record Request(Path register, String record, DocumentKind kind, Path out, Path template) {
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String synopsis() {
        return "export <register> [--record <id>] --document " + codes("|")
                + " --out <file.docx|dir> [--template <file.docx>]";
    }

    private static String codes(String separator) {
        return Arrays.stream(DocumentKind.values()).map(DocumentKind::code).collect(Collectors.joining(separator));
    }

    @Override
    public List<List<String>> training(Training.Sample sample) {
        String register = sample.register().toString();
        return Arrays.stream(DocumentKind.values())
                .map(kind -> List.of(register, RECORD, sample.meeting(), DOCUMENT, kind.code(),
                        OUT, sample.scratch(kind.code() + WordDocuments.EXTENSION).toString()))
                .toList();
    }

    @Override
    Request parse(List<String> args) throws UsageException {
        Arguments arguments = Arguments.of(args, Set.of(RECORD, DOCUMENT, OUT, TEMPLATE), Set.of());
        Path register = Arguments.path(arguments.operand(ExportMessages.missingRegister));
        String code = arguments.value(DOCUMENT);
        if (code == null) {
            throw new UsageException(NLS.bind(ExportMessages.missingDocument, codes(", ")));
        }
        DocumentKind kind = DocumentKind.ofCode(code);
        if (kind == null) {
            throw new UsageException(NLS.bind(ExportMessages.badDocument, FileNames.display(code), codes(", ")));
        }
        String out = arguments.value(OUT);
        if (out == null) {
            throw new UsageException(ExportMessages.missingOut);
        }
        String template = arguments.value(TEMPLATE);
        return new Request(register, arguments.value(RECORD), kind, Arguments.path(out),
                template == null ? null : Arguments.path(template));
    }

    @Override
    int run(Request request, PrintStream out, PrintStream err) {
        try {
            Register register = RegisterFiles.load(request.register());
            Record record = record(register, request);
            Path file = file(record, request);
            DocumentTemplates templates = DocumentTemplates.shipped().with(request.kind(), request.template());
            new WordDocuments(templates, WarningThresholds.DEFAULT).write(record, request.kind(), file, LocalDate.now(),
                    null);
            out.println(file);
            return OK;
        } catch (RegisterFileException e) {
            err.println(e.getMessage());
            return UNREADABLE;
        } catch (UsageException e) {
            err.println(e.getMessage());
            return USAGE;
        } catch (DocumentException e) {
            err.println(e.getMessage());
            return FOUND_ERRORS;
        }
    }

    private static Record record(Register register, Request request) throws UsageException {
        String file = FileNames.display(request.register());
        if (request.record() != null) {
            EObject record = register.eResource().getEObject(request.record());
            if (!(record instanceof Record found)) {
                throw new UsageException(
                        NLS.bind(ExportMessages.noSuchRecord, file, FileNames.display(request.record())));
            }
            return found;
        }
        if (register.getRecords().size() != 1) {
            throw new UsageException(NLS.bind(ExportMessages.chooseRecord, file, register.getRecords().size()));
        }
        return register.getRecords().get(0);
    }

    /** @return {@code --out}, or the document's file in the folder {@code --out}; checked before anything is written */
    private static Path file(Record record, Request request) throws UsageException {
        Path out = request.out();
        FileKind kind;
        try {
            kind = FileKind.of(out);
        } catch (IOException e) {
            throw new UsageException(
                    NLS.bind(ExportMessages.notARegularFile, FileNames.display(out), FileNames.reason(e)));
        }
        if (kind == FileKind.FOLDER) {
            return out.resolve(WordDocuments.fileName(record, request.kind()));
        }
        if (kind != FileKind.MISSING && kind != FileKind.REGULAR) {
            throw new UsageException(NLS.bind(ExportMessages.notARegularFile, FileNames.display(out), kind.describe()));
        }
        return out;
    }
}
