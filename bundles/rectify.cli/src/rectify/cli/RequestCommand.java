package rectify.cli;

import java.io.PrintStream;
import java.util.List;

import rectify.cli.Arguments.UsageException;

/**
 * A command whose arguments are first checked into a request; a wrong command line gets what is
 * wrong and the command's synopsis on standard error, and {@link Command#USAGE}.
 *
 * @param <R> the request
 */
abstract class RequestCommand<R> implements Command {

    @Override
    public final int run(List<String> args, PrintStream out, PrintStream err) {
        R request;
        try {
            request = parse(args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println("rectify " + synopsis());
            return USAGE;
        }
        return run(request, out, err);
    }

    /**
     * @param args the arguments after the command's name
     * @return the request they make
     * @throws UsageException when they are wrong
     */
    abstract R parse(List<String> args) throws UsageException;

    /** Runs the request; returns the exit code. */
    abstract int run(R request, PrintStream out, PrintStream err);
}
