package rectify.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import rectify.cli.Arguments.UsageException;
import rectify.archive.ArchiveException;
import rectify.archive.ArchiveFormat;
import rectify.archive.ArchiveOptions;
import rectify.archive.PdfaPart;
import rectify.archive.RecordArchiver;
import rectify.core.io.FileKind;
import rectify.core.io.FileNames;
import rectify.core.io.RegisterFileException;
import rectify.core.io.RegisterFiles;
import rectify.model.Record;
import rectify.model.Register;

/**
 * {@code rectify archive <register> [--record <id>|--all] --out <file|dir> [--format pdf|ofd] [--pdfa 2b|3b]}:
 * writes records as PDF/A (the default) or OFD documents, the same pages in both (see {@link RecordArchiver}). Without {@code --record} or
 * {@code --all}, a register of one record archives that one. For one record {@code --out} is the
 * file, or a folder to write it into; with {@code --all} it is a folder, made when missing, and
 * each file is named by the record's archival reference or title.
 * <p>
 * Standard output gets the path of each file written, one per line; standard error gets a
 * progress line per record of a batch, the warnings of each archive, and what went wrong. A batch
 * is archived on a worker per processor ({@link ArchiveBatch}), reported in the records' order.
 * Exit codes: 0 when every document was written; 1 when one or more were not (also when no
 * font is installed); 2 when the register cannot be read; 64 for a wrong command line,
 * including a record id the register does not have.
 */
final class ArchiveCommand extends RequestCommand<ArchiveCommand.Request> {

    private static final String RECORD = "--record";
    private static final String ALL = "--all";
    private static final String OUT = "--out";
    private static final String PDFA = "--pdfa";
    private static final String FORMAT = "--format";

    /** The command line, checked. */
    record Request(Path register, String record, boolean all, Path out, ArchiveFormat format, PdfaPart part) {
    }

    @Override
    public String name() {
        return "archive";
    }

    @Override
    public String synopsis() {
        return "archive <register> [--record <id>|--all] --out <file|dir> [--format pdf|ofd] [--pdfa 2b|3b]";
    }

    @Override
    public List<List<String>> training(Training.Sample sample) {
        String register = sample.register().toString();
        return List.of(List.of(register, RECORD, sample.meeting(), OUT, sample.scratch("one.pdf").toString()),
                List.of(register, ALL, OUT, sample.scratch("all").toString()),
                List.of(register, RECORD, sample.meeting(), FORMAT, ArchiveFormat.OFD.code(), OUT,
                        sample.scratch("one.ofd").toString()));
    }

    @Override
    int run(Request request, PrintStream out, PrintStream err) {
        // the fonts are read while the register loads: they take a good part of a short run
        FutureTask<RecordArchiver> fonts = archiver(request.part());
        try {
            Register register = RegisterFiles.load(request.register());
            List<Record> records = records(register, request);
            List<Path> files = files(records, request);
            try (RecordArchiver archiver = archiver(fonts, err)) {
                if (archiver == null) {
                    return FOUND_ERRORS;
                }
                int workers = Math.min(Runtime.getRuntime().availableProcessors(), records.size());
                return new ArchiveBatch(records, files, request.format()).run(archiver, workers, out, err);
            }
        } catch (RegisterFileException e) {
            discard(fonts);
            err.println(e.getMessage());
            return UNREADABLE;
        } catch (UsageException e) {
            discard(fonts);
            err.println(e.getMessage());
            return USAGE;
        }
    }

    /** Starts making an archiver, which resolves its fonts. */
    private static FutureTask<RecordArchiver> archiver(PdfaPart part) {
        FutureTask<RecordArchiver> fonts = new FutureTask<>(
                () -> new RecordArchiver(ArchiveOptions.defaults().withPart(part)));
        Thread.ofPlatform().daemon().name("rectify-fonts").start(fonts);
        return fonts;
    }

    /** Closes the archiver when it is ready, without waiting for it. */
    private static void discard(FutureTask<RecordArchiver> fonts) {
        Thread.ofPlatform().daemon().start(() -> {
            RecordArchiver archiver = archiver(fonts, null);
            if (archiver != null) {
                archiver.close();
            }
        });
    }

    /**
     * @return the archiver once its fonts are resolved, or {@code null} after saying why there is
     *         none (to {@code err}, unless it is {@code null})
     */
    private static RecordArchiver archiver(FutureTask<RecordArchiver> fonts, PrintStream err) {
        try {
            return fonts.get();
        } catch (ExecutionException e) {
            if (err != null) {
                err.println(e.getCause() instanceof ArchiveException a ? a.getMessage() : String.valueOf(e.getCause()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    @Override
    Request parse(List<String> args) throws UsageException {
        Arguments arguments = Arguments.of(args, Set.of(RECORD, OUT, PDFA, FORMAT), Set.of(ALL));
        Path register = Arguments.path(arguments.operand(ArchiveMessages.missingRegister));
        String out = arguments.value(OUT);
        if (out == null) {
            throw new UsageException(ArchiveMessages.missingOut);
        }
        String record = arguments.value(RECORD);
        boolean all = arguments.has(ALL);
        if (record != null && all) {
            throw new UsageException(ArchiveMessages.recordAndAll);
        }
        String code = arguments.value(PDFA);
        PdfaPart part = code == null ? PdfaPart.PDFA_2B : PdfaPart.ofCode(code);
        if (part == null) {
            throw new UsageException(NLS.bind(ArchiveMessages.badPart, FileNames.display(code)));
        }
        String formatCode = arguments.value(FORMAT);
        ArchiveFormat format = formatCode == null ? ArchiveFormat.PDF : ArchiveFormat.ofCode(formatCode);
        if (format == null) {
            throw new UsageException(NLS.bind(ArchiveMessages.badFormat, FileNames.display(formatCode)));
        }
        return new Request(register, record, all, Arguments.path(out), format, part);
    }

    private static FileKind kind(Path out) throws UsageException {
        try {
            return FileKind.of(out);
        } catch (IOException e) {
            throw new UsageException(
                    NLS.bind(ArchiveMessages.folderFailed, FileNames.display(out), FileNames.reason(e)));
        }
    }

    private static List<Record> records(Register register, Request request) throws UsageException {
        String file = FileNames.display(request.register());
        if (request.all()) {
            return register.getRecords();
        }
        if (request.record() != null) {
            EObject record = register.eResource().getEObject(request.record());
            if (!(record instanceof Record found)) {
                throw new UsageException(
                        NLS.bind(ArchiveMessages.noSuchRecord, file, FileNames.display(request.record())));
            }
            return List.of(found);
        }
        if (register.getRecords().size() != 1) {
            throw new UsageException(NLS.bind(ArchiveMessages.chooseRecord, file, register.getRecords().size()));
        }
        return register.getRecords();
    }

    /**
     * @return the file of each record: {@code --out} itself, or a file named after the record in
     *         the folder {@code --out}
     * @throws UsageException when {@code --out} is neither a regular file (or none) nor a folder,
     *         or {@code --all} is given something else than a folder; checked before anything is
     *         written
     */
    private static List<Path> files(List<Record> records, Request request) throws UsageException {
        List<String> names = RecordArchiver.fileNames(records, request.format());
        Path out = request.out();
        FileKind kind = kind(out);
        if (!request.all() && kind != FileKind.FOLDER) {
            if (kind != FileKind.MISSING && kind != FileKind.REGULAR) {
                throw new UsageException(
                        NLS.bind(ArchiveMessages.notARegularFile, FileNames.display(out), kind.describe()));
            }
            return List.of(out);
        }
        if (request.all()) {
            if (kind != FileKind.MISSING && kind != FileKind.FOLDER) {
                throw new UsageException(NLS.bind(ArchiveMessages.notAFolder, FileNames.display(out), kind.describe()));
            }
            try {
                Files.createDirectories(out);
            } catch (IOException e) {
                throw new UsageException(
                        NLS.bind(ArchiveMessages.folderFailed, FileNames.display(out), FileNames.reason(e)));
            }
        }
        List<Path> files = new ArrayList<>();
        names.forEach(name -> files.add(out.resolve(name)));
        return files;
    }
}
