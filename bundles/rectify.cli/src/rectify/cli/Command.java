package rectify.cli;

import java.io.PrintStream;
import java.util.List;

/** One headless command: {@code rectify <name> <arguments>}. */
interface Command {

    /** Exit code: done, nothing wrong. */
    int OK = 0;
    /** Exit code: done, and what was checked has errors. */
    int FOUND_ERRORS = 1;
    /** Exit code: the input could not be read. */
    int UNREADABLE = 2;
    /** Exit code: Rectify failed in a way no command expected (sysexits' EX_SOFTWARE). */
    int SOFTWARE = 70;
    /** Exit code: the command line is wrong (sysexits' EX_USAGE). */
    int USAGE = 64;
    /**
     * Exit code: another program kept writing the register for longer than the command waits;
     * nothing was changed, and running the command again later may succeed (sysexits' EX_TEMPFAIL).
     */
    int LOCKED = 75;

    /** @return the name the command is called by */
    String name();

    /** @return a one-line synopsis, e.g. {@code info <register>} */
    String synopsis();

    /**
     * Runs the command.
     *
     * @param args the arguments after the command's name
     * @param out where results go (for scripts)
     * @param err where messages for people go
     * @return the exit code
     */
    int run(List<String> args, PrintStream out, PrintStream err);

    /**
     * The representative runs of this command that its class-data cache is recorded from
     * ({@link Training}): what users typically ask of it, on the bundled sample.
     *
     * @param sample the sample files to run on, in a scratch folder
     * @return the argument lists (after the command's name) of each run, in order
     */
    List<List<String>> training(Training.Sample sample);
}
