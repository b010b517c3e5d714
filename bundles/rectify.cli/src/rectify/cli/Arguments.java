package rectify.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import rectify.core.io.FileNames;

/**
 * The arguments of a command that takes operands (files) and options in any order:
 * {@code <operand> [--option <value>]... [--flag]...}. A wrong command line is a
 * {@link UsageException} whose message says what is wrong, in the user's language.
 */
final class Arguments {

    /** A command line that is wrong, with the message that says how. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    private final List<String> operands = new ArrayList<>();
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    private Arguments() {
    }

    /**
     * @param args the arguments after the command's name
     * @param options the options that take a value
     * @param flags the options that take none
     * @return the arguments, sorted out
     * @throws UsageException for an option the command does not know, or without its value
     */
    static Arguments of(List<String> args, Set<String> options, Set<String> flags) throws UsageException {
        Arguments arguments = new Arguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (options.contains(arg)) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new UsageException(NLS.bind(Messages.missingValue, FileNames.display(arg)));
                }
                arguments.values.put(arg, args.get(++i));
            } else if (flags.contains(arg)) {
                arguments.flags.add(arg);
            } else if (arg.startsWith("-")) {
                throw new UsageException(NLS.bind(Messages.unknownArgument, FileNames.display(arg)));
            } else {
                arguments.operands.add(arg);
            }
        }
        return arguments;
    }

    /**
     * @param missing the message when there is none
     * @return the one operand
     * @throws UsageException when there is none, or more than one
     */
    String operand(String missing) throws UsageException {
        if (operands.isEmpty()) {
            throw new UsageException(missing);
        }
        if (operands.size() > 1) {
            throw new UsageException(NLS.bind(Messages.unknownArgument, FileNames.display(operands.get(1))));
        }
        return operands.get(0);
    }

    /** @return the operands, in order */
    List<String> operands() {
        return operands;
    }

    /**
     * @param argument a file name as given
     * @return it as a path
     * @throws UsageException when it cannot name a file here (it holds a NUL character, say)
     */
    static Path path(String argument) throws UsageException {
        try {
            return Path.of(argument);
        } catch (InvalidPathException e) {
            throw new UsageException(NLS.bind(Messages.badPath, FileNames.display(argument)));
        }
    }

    /** @return the value of an option, or {@code null} when it was not given */
    String value(String option) {
        return values.get(option);
    }

    /** @return whether a flag was given */
    boolean has(String flag) {
        return flags.contains(flag);
    }
}
