package rectify.releng.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The archived Linux product, unpacked once per test run as a user would. */
final class Product {

    private static Path home;

    private Product() {
    }

    /** @return the product's root folder (with its launch script), unpacked from the archive */
    static synchronized Path home() throws IOException, InterruptedException {
        if (home == null) {
            Path dir = Command.fresh(Path.of("target", "product")).toAbsolutePath();
            Path archive = Command.single(Command.property("rectify.products"), "rectify-*-linux.gtk.x86_64.tar.gz");
            Command.run(dir, Duration.ofMinutes(1), "tar", "-xzf", archive.toString());
            home = dir.resolve("rectify");
            assertTrue(Files.isExecutable(launchScript()), "no executable launch script " + launchScript());
        }
        return home;
    }

    /** @return the launch script in the product's root folder */
    static Path launchScript() throws IOException, InterruptedException {
        return home().resolve("rectify");
    }
}
