package rectify.cli;

import java.io.PrintStream;
import java.util.List;

import rectify.cli.Arguments.UsageException;
import rectify.core.io.RegisterFileException;
import rectify.core.io.RegisterFiles;
import rectify.model.Register;

/** A command on one register file: {@code rectify <name> <register>}. */
abstract class RegisterCommand implements Command {

    @Override
    public final String synopsis() {
        return name() + " <register>";
    }

    @Override
    public final int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println("rectify " + synopsis());
            return USAGE;
        }
        Register register;
        try {
            register = RegisterFiles.load(Arguments.path(args.get(0)));
        } catch (UsageException e) {
            err.println(e.getMessage());
            return USAGE;
        } catch (RegisterFileException e) {
            err.println(e.getMessage());
            return UNREADABLE;
        }
        return run(register, out);
    }

    @Override
    public List<List<String>> training(Training.Sample sample) {
        return List.of(List.of(sample.register().toString()));
    }

    /** Runs the command on a register read whole; returns the exit code. */
    abstract int run(Register register, PrintStream out);
}
