package rectify.cli;

import java.io.PrintStream;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import rectify.core.io.FileNames;

/**
 * The headless commands behind {@code rectify <command> …}: picks the command and runs it, on a
 * plain class path ({@link Main}) or in OSGi ({@link Application}).
 */
final class CommandLine {

    private static final List<Command> COMMANDS = List.of(new InfoCommand(), new ValidateCommand(),
            new ArchiveCommand(),
            new LedgerCommand(), new ImportCommand(), new ExportCommand(), new SearchCommand(), new SimilarCommand(),
            new SuggestCommand(), new ShareCommand(), new UnshareCommand(), new SyncCommand(), new HistoryCommand(),
            new BundleCommand(), new MergeCommand());

    private CommandLine() {
    }

    /** Runs the command named by the first argument; the exit code for the process. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            usage(err);
            return Command.USAGE;
        }
        if (List.of("help", "-help", "--help").contains(args.get(0))) {
            usage(out);
            return Command.OK;
        }
        Command command = command(args.get(0));
        if (command != null) {
            return command.run(args.subList(1, args.size()), out, err);
        }
        err.println(NLS.bind(Messages.unknownCommand, FileNames.display(args.get(0))));
        usage(err);
        return Command.USAGE;
    }

    /** @return the command of this name, or null */
    static Command command(String name) {
        return COMMANDS.stream().filter(command -> command.name().equals(name)).findFirst().orElse(null);
    }

    private static void usage(PrintStream to) {
        to.println(Messages.usage);
        COMMANDS.forEach(command -> to.println("  rectify " + command.synopsis()));
    }
}
