package rectify.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The command line as a script runs it, what it printed kept until the next run. */
final class Console {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /**
     * Runs a command line; what the run before printed is forgotten.
     *
     * @return its exit code
     */
    int run(String... args) {
        out.reset();
        err.reset();
        return CommandLine.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** @return what the last run printed on standard output */
    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** @return what the last run printed on standard error */
    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
