package rectify.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs a headless command on a plain class path, without OSGi, as the launch scripts do:
 * {@code java -cp <jars> rectify.cli.Main [options] <command> <arguments>}. The options before the
 * command are those of the product: {@code -nl <locale>} sets the language of the messages, as
 * Equinox does; {@code -data}, {@code -configuration} and {@code -user} with their values, and any
 * other option, concern the desktop application and are ignored.
 */
public final class Main {

    private static final String NL = "-nl";
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
        int exitCode = run(args, System.out, System.err);
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

    /** The locale of a value of {@code -nl} such as {@code zh_CN}, as Equinox reads it. */
    private static Locale locale(String nl) {
        String[] parts = nl.split("_", 3);
        return Locale.of(parts[0], parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : "");
    }
}
