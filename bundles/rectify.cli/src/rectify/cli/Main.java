package rectify.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import rectify.core.io.FileNames;

/**
 * Runs a headless command on a plain class path, without OSGi, as the launch scripts do:
 * {@code java -cp <jars> rectify.cli.Main [options] <command> <arguments>}. The options before the
 * command are those of the product: {@code -nl <locale>} sets the language of the messages, as
 * Equinox does; {@code -data}, {@code -configuration} and {@code -user} with their values, and any
 * other option, concern the desktop application and are ignored.
 */
public final class Main {

    private static final String NL = "-nl";
    /** The system property naming the file that unexpected failures are logged to. */
    static final String LOG = "rectify.log";
    /** The product's options that take a value. */
    private static final Set<String> WITH_VALUE = Set.of(NL, "-data", "-configuration", "-user");

    private Main() {
    }

    /**
     * Runs the command and exits with its exit code.
     *
     * @param args the product's options, then the command and its arguments
     */
    public static void main(String[] args) {
        // the libraries' own log (JGit's) says only what needs saying; the commands speak for themselves
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", //$NON-NLS-1$
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn")); //$NON-NLS-1$ //$NON-NLS-2$
        int exitCode;
        try {
            exitCode = run(args, System.out, System.err);
        } catch (RuntimeException | LinkageError e) {
            exitCode = unexpected(e, System.err);
        }
        System.out.flush();
        System.exit(exitCode);
    }

    /**
     * Runs the command.
     *
     * @param args the product's options, then the command and its arguments
     * @return the exit code
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> command = new ArrayList<>(Arrays.asList(args));
        while (!command.isEmpty() && command.get(0).startsWith("-")) {
            String option = command.remove(0);
            if (WITH_VALUE.contains(option) && !command.isEmpty()) {
                String value = command.remove(0);
                if (option.equals(NL)) {
                    Locale.setDefault(locale(value));
                }
            }
        }
        return CommandLine.run(command, out, err);
    }

    /**
     * Tells the user of a failure no command expected, in one sentence; the stack trace goes to
     * the log the launch script names ({@value #LOG}), else after the sentence.
     *
     * @return {@link Command#SOFTWARE}
     */
    static int unexpected(Throwable failure, PrintStream err) {
        String log = System.getProperty(LOG);
        if (log != null) {
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            try {
                Files.writeString(Path.of(log), Instant.now() + " " + trace, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                err.println(NLS.bind(Messages.unexpected, FileNames.display(Path.of(log))));
                return Command.SOFTWARE;
            } catch (IOException | RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
        err.println(NLS.bind(Messages.unexpected, "-"));
        failure.printStackTrace(err);
        return Command.SOFTWARE;
    }

    /** The locale of a value of {@code -nl} such as {@code zh_CN}, as Equinox reads it. */
    private static Locale locale(String nl) {
        String[] parts = nl.split("_", 3);
        return Locale.of(parts[0], parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : "");
    }
}
