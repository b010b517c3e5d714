package rectify.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import rectify.cli.Arguments.UsageException;
import rectify.core.io.FileNames;
import rectify.core.io.RegisterFiles;
import rectify.share.Sharing;

/**
 * {@code rectify share <register> --into <folder>}: makes a shared register of a register file, a
 * new Git repository in a new or empty folder whose first commit holds the register and a file per
 * record. Exit codes: 0 shared, 2 when the register cannot be read or the folder is not empty or
 * cannot be written, 64 for a wrong command line.
 */
final class ShareCommand extends RequestCommand<ShareCommand.Request> {

    private static final String INTO = "--into";

    /** The command line, checked. */
    record Request(Path register, Path folder) {
    }

    @Override
    public String name() {
        return "share";
    }

    @Override
    public String synopsis() {
        return "share <register> --into <folder>";
    }

    @Override
    public List<List<String>> training(Training.Sample sample) {
        return List.of(List.of(sample.register().toString(), INTO, sample.scratch("shared").toString()));
    }

    @Override
    Request parse(List<String> args) throws UsageException {
        Arguments arguments = Arguments.of(args, Set.of(INTO), Set.of());
        Path register = Arguments.path(arguments.operand(ShareMessages.missingRegister));
        String into = arguments.value(INTO);
        if (into == null) {
            throw new UsageException(ShareMessages.missingInto);
        }
        return new Request(register, Arguments.path(into));
    }

    @Override
    int run(Request request, PrintStream out, PrintStream err) {
        try {
            Path shared = Sharing.share(request.register(), request.folder());
            int records = RegisterFiles.load(shared).getRecords().size();
            err.println(NLS.bind(ShareMessages.shared, FileNames.display(request.folder()), records));
            out.println(shared.getParent());
            return OK;
        } catch (IOException e) {
            err.println(e.getMessage());
            return UNREADABLE;
        }
    }
}
