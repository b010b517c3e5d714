package rectify.releng.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a headless command through the product's launch script, with no display. */
final class LaunchScript {

    /**
     * What a command did.
     *
     * @param exitCode its exit code
     * @param out what it printed on standard output
     * @param err what it printed on standard error
     */
    record Result(int exitCode, String out, String err) {
    }

    private LaunchScript() {
    }

    /** @return the folder for the commands' output and files, under {@code target} */
    static Path dir() throws IOException {
        return Files.createDirectories(Path.of("target", "commands").toAbsolutePath());
    }

    /** Runs {@code rectify <args>}; fails the test when it does not end within two minutes. */
    static Result rectify(String... args) throws IOException, InterruptedException {
        return rectify(Map.of(), args);
    }

    /**
     * Runs {@code rectify <args>} with more environment variables; fails the test when it does not
     * end within two minutes.
     */
    static Result rectify(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        return start(null, environment, args).result();
    }

    /** Runs {@code rectify <args>} in the folder {@code workingDir}, as a user there would. */
    static Result rectifyIn(Path workingDir, String... args) throws IOException, InterruptedException {
        return start(workingDir, Map.of(), args).result();
    }

    /** A run of the launch script, started and not awaited (several run at once). */
    record Run(Process process, List<String> args, Path out, Path err) {

        /** @return what it did, once it ended; fails the test when it does not end within two minutes */
        Result result() throws IOException, InterruptedException {
            assertTrue(process.waitFor(2, TimeUnit.MINUTES), "rectify " + args + " did not end");
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        }
    }

    /**
     * Starts {@code rectify <args>} in {@code workingDir} (or this process's folder, for
     * {@code null}), with no display and more environment variables.
     */
    static Run start(Path workingDir, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        Path dir = dir();
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(Product.launchScript().toString());
        builder.command().addAll(List.of(args));
        if (workingDir != null) {
            builder.directory(workingDir.toFile());
        }
        builder.environment().remove("DISPLAY");
        builder.environment().putAll(environment);
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new Run(process, List.of(args), out, err);
    }
}
