package rectify.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import rectify.cli.Arguments.UsageException;
import rectify.core.io.FileNames;
import rectify.share.Handover;
import rectify.share.Integration;

/**
 * {@code rectify bundle create <folder> --out <file> [--full]} writes the changes of a shared
 * register since the last exchange (or all of it) as one hand-over file for removable media;
 * {@code rectify bundle apply <folder> <file>} merges one in, as {@code rectify sync} merges.
 * Exit codes: 0 written or applied, 1 conflicts left (nothing merged, listed as by sync), 2 a
 * register or file that cannot be read or is not a hand-over file of this register (nothing
 * changed), 64 wrong command line.
 */
final class BundleCommand extends RequestCommand<BundleCommand.Request> {

    private static final String OUT = "--out";
    private static final String FULL = "--full";

    /** The command line, checked: create (with its file and whether full) or apply. */
    record Request(boolean create, Path folder, Path file, boolean full) {
    }

    @Override
    public String name() {
        return "bundle";
    }

    @Override
    public String synopsis() {
        return "bundle create <folder> --out <file> [--full] | bundle apply <folder> <file>";
    }

    @Override
    public List<List<String>> training(Training.Sample sample) {
        Path folder = sample.scratch("handover");
        try {
            rectify.share.Sharing.share(sample.register(), folder);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String file = sample.scratch("handover.bundle").toString();
        return List.of(List.of("create", folder.toString(), OUT, file, FULL),
                List.of("apply", folder.toString(), file));
    }

    @Override
    Request parse(List<String> args) throws UsageException {
        if (args.isEmpty() || !List.of("create", "apply").contains(args.get(0))) {
            throw new UsageException(ShareMessages.bundleUsage);
        }
        boolean create = "create".equals(args.get(0));
        Arguments arguments = Arguments.of(args.subList(1, args.size()), create ? Set.of(OUT) : Set.of(),
                create ? Set.of(FULL) : Set.of());
        if (create) {
            Path folder = Arguments.path(arguments.operand(ShareMessages.missingFolder));
            String out = arguments.value(OUT);
            if (out == null) {
                throw new UsageException(ShareMessages.missingOut);
            }
            return new Request(true, folder, Arguments.path(out), arguments.has(FULL));
        }
        if (arguments.operands().size() != 2) {
            throw new UsageException(ShareMessages.bundleUsage);
        }
        return new Request(false, Arguments.path(arguments.operands().get(0)),
                Arguments.path(arguments.operands().get(1)),
                false);
    }

    @Override
    int run(Request request, PrintStream out, PrintStream err) {
        try {
            if (request.create()) {
                Handover.Written written = Handover.create(request.folder(), request.file(), request.full(),
                        Outcomes.progress(err));
                err.println(NLS.bind(written.full() ? ShareMessages.createdFull : ShareMessages.created,
                        FileNames.display(request.file()), written.commits()));
                return OK;
            }
            Integration.Result result = Handover.apply(request.folder(), request.file(), Outcomes.progress(err), null);
            int code = Outcomes.report(result, Outcomes.wording(request.folder()), out, err);
            if (code == OK) {
                err.println(
                        NLS.bind(ShareMessages.applied, FileNames.display(request.file()), result.changedRecords()));
            }
            return code;
        } catch (IOException e) {
            err.println(e.getMessage());
            return UNREADABLE;
        }
    }
}
