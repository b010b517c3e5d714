package rectify.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the repository's {@code rectify} script sets a Debian machine up: it installs the missing
 * packages when it may (root, or sudo without a password) and otherwise prints the one command to
 * run. The machine's package tools are stood in for by scripts that say what is installed and note
 * what they are asked, so that nothing is installed for real.
 */
class SetupScriptTest {

    @TempDir
    Path dir;

    /** What the script did: its exit code, what it printed on standard error, what apt-get was asked. */
    record Run(int exitCode, String err, List<String> aptGet) {
    }

    private Path tool(String name, String body) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path tool = bin.resolve(name);
        Files.writeString(tool, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));
        return tool;
    }

    /**
     * Runs {@code ensure_packages xvfb xauth} of the script as a user with this id, with these
     * packages installed, and sudo asking a password or not.
     */
    private Run ensure(int uid, boolean sudoWithoutPassword, String... installed) throws Exception {
        Path log = dir.resolve("apt-get.log");
        tool("id", "echo " + uid);
        tool("dpkg-query", "for p in " + String.join(" ", installed)
                + "; do [ \"$p\" = \"$3\" ] && { printf 'install ok installed'; exit 0; }; done; exit 1");
        tool("apt-get", "echo \"$*\" >> '" + log + "'");
        tool("sudo",
                sudoWithoutPassword ? "[ \"$1\" = -n ] && shift; [ \"$1\" = true ] && exit 0; exec \"$@\"" : "exit 1");
        Path script = Path.of("../../rectify").toAbsolutePath().normalize();
        ProcessBuilder builder = new ProcessBuilder("bash", "-c",
                "source '" + script + "'; ensure_packages xvfb xauth");
        builder.environment().put("PATH", dir.resolve("bin") + ":/usr/bin:/bin");
        Path err = dir.resolve("err.txt");
        Process process = builder.redirectError(err.toFile()).redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertTrue(process.waitFor(1, TimeUnit.MINUTES), "the script did not end");
        List<String> asked = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return new Run(process.exitValue(), Files.readString(err), asked);
    }

    @Test
    void asRootItInstallsWhatIsMissing() throws Exception {
        Run run = ensure(0, false, "xauth");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("update -qq", "install -y -qq --no-install-recommends xvfb"), run.aptGet());
        assertTrue(run.err().contains("installing the system packages it needs: xvfb"), run.err());
    }

    @Test
    void withSudoWithoutAPasswordItInstallsThroughSudo() throws Exception {
        Run run = ensure(1000, true);

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("update -qq", "install -y -qq --no-install-recommends xvfb xauth"), run.aptGet());
    }

    @Test
    void otherwiseItStopsWithTheOneCommandToRun() throws Exception {
        Run run = ensure(1000, false, "xauth");

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of(), run.aptGet(), "nothing is installed");
        assertTrue(run.err().contains("  sudo apt-get install -y --no-install-recommends xvfb\n"), run.err());
    }

    @Test
    void whenEverythingIsThereItDoesNothing() throws Exception {
        Run run = ensure(1000, false, "xvfb", "xauth");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(), run.aptGet());
        assertEquals("", run.err());
    }
}
