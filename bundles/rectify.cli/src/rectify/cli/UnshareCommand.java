package rectify.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import rectify.cli.Arguments.UsageException;
import rectify.core.io.FileNames;
import rectify.share.Sharing;

/**
 * {@code rectify unshare <register> --out <file>}: writes a register, shared or not, as one register
 * file, every identifier kept: the way back from {@code rectify share}. Exit codes: 0 written, 2
 * when the register cannot be read or the file cannot be written, 64 for a wrong command line.
 */
final class UnshareCommand extends RequestCommand<UnshareCommand.Request> {

    private static final String OUT = "--out";

    /** The command line, checked. */
    record Request(Path register, Path file) {
    }

    @Override
    public String name() {
        return "unshare";
    }

    @Override
    public String synopsis() {
        return "unshare <register> --out <file>";
    }

    @Override
    public List<List<String>> training(Training.Sample sample) {
        return List.of(List.of(sample.register().toString(), OUT, sample.scratch("exported.rectify").toString()));
    }

    @Override
    Request parse(List<String> args) throws UsageException {
        Arguments arguments = Arguments.of(args, Set.of(OUT), Set.of());
        Path register = Arguments.path(arguments.operand(ShareMessages.missingRegister));
        String file = arguments.value(OUT);
        if (file == null) {
            throw new UsageException(ShareMessages.missingOut);
        }
        return new Request(register, Arguments.path(file));
    }

    @Override
    int run(Request request, PrintStream out, PrintStream err) {
        try {
            Sharing.export(request.register(), request.file());
            err.println(NLS.bind(ShareMessages.exported, FileNames.display(request.file())));
            return OK;
        } catch (IOException e) {
            err.println(e.getMessage());
            return UNREADABLE;
        }
    }
}
