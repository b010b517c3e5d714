package rectify.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an external command to its end, within a time limit, keeping what it printed. */
final class Command {

    private Command() {
    }

    /** Runs {@code command} in {@code dir}; fails the test on a time-out or a non-zero exit. */
    static String run(Path dir, Duration limit, String... command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("command", ".txt");
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                fail("no end within " + limit + ": " + List.of(command) + "\n" + read(output));
            }
            String printed = read(output);
            assertEquals(0, process.exitValue(), () -> "failed: " + List.of(command) + "\n" + printed);
            return printed;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** The one file in {@code dir} whose name matches {@code glob}. */
    static Path single(Path dir, String glob) throws IOException {
        try (var files = Files.newDirectoryStream(dir, glob)) {
            List<Path> found = new ArrayList<>();
            files.forEach(found::add);
            assertEquals(1, found.size(), () -> "expected one " + glob + " in " + dir + ", found " + found);
            return found.get(0);
        }
    }

    /** The Java this test runs on, for starting Eclipse installations. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static Path property(String name) {
        return Path.of(System.getProperty(name)).toAbsolutePath().normalize();
    }

    /** Deletes {@code dir} with everything in it, then makes it anew. */
    static Path fresh(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    private static String read(Path output) throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }
}
