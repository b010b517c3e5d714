package rectify.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The archived Linux product as a user gets it: unpacked, started with its own launch script,
 * it shows its main window with the sample register, and closes cleanly on Ctrl+Q with nothing
 * in its error log.
 */
class ProductSmokeTest {

    @Test
    void unpackedProductShowsItsWindowAndExitsCleanly() throws Exception {
        assertNotNull(System.getenv("DISPLAY"), "needs a display; './rectify test' makes one with Xvfb");
        Path dir = Command.fresh(Path.of("target", "smoke")).toAbsolutePath();
        Path workspace = dir.resolve("workspace");
        ProcessBuilder launch = new ProcessBuilder(Product.launchScript().toString(), "-nl", "en",
                "-data", workspace.toString(), "-consoleLog")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("console.txt").toFile());
        launch.environment().put("RECTIFY_JAVA_OPTS", "-Duser.home=" + dir.resolve("home"));
        Process product = launch.start();
        try {
            String window = Command.run(dir, Duration.ofMinutes(2),
                    "xdotool", "search", "--sync", "--onlyvisible", "--name", "^Rectify *$").lines().findFirst()
                    .orElseThrow();
            Command.run(dir, Duration.ofSeconds(30), "import", "-window", "root",
                    dir.resolve("main-window.png").toString());
            // Like a user, look at the window before quitting: the platform logs an error when the
            // display is gone before its own "start-up complete" event has been delivered.
            Thread.sleep(3_000);

            Command.run(dir, Duration.ofSeconds(30), "xdotool", "mousemove", "--window", window, "100", "100");
            Command.run(dir, Duration.ofSeconds(30), "xdotool", "key", "--clearmodifiers", "ctrl+q");
            assertTrue(product.waitFor(60, TimeUnit.SECONDS), "still running a minute after Ctrl+Q");
            assertEquals(0, product.exitValue(), () -> "exit code; console:\n" + read(dir.resolve("console.txt")));
        } finally {
            product.descendants().forEach(ProcessHandle::destroyForcibly);
            product.destroyForcibly();
        }
        assertFalse(read(dir.resolve("console.txt")).contains("Registered provider"),
                "Aries SPI Fly's INFO lines on the console");
        assertFalse(read(dir.resolve("console.txt")).contains("SLF4J"), "SLF4J's complaints on the console");
        Path log = workspace.resolve(".metadata/.log");
        assertEquals(List.of(), Files.exists(log) ? ErrorLog.unexpectedEntries(read(log)) : List.of(),
                "entries in the error log");
        assertTrue(Files.isRegularFile(dir.resolve("home/Rectify/sample-register.rectify")),
                "the sample register was not copied for the user on first start");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
