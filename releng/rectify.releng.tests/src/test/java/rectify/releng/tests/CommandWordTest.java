package rectify.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * How the product's launch script tells a headless command from a start of the desktop: the first
 * argument that is neither an option nor an option's value decides, so that the platform's options
 * with values ({@code -nl en}, {@code -cssTheme none}, {@code -perspective id}) never run a command.
 */
class CommandWordTest {

    /** @return the command the script finds in these arguments, or "" when they start the desktop */
    private static String commandOf(String... args) throws Exception {
        Path script = Path.of("../../features/rectify.product.feature/rootfiles/rectify").toAbsolutePath().normalize();
        List<String> command = new ArrayList<>(List.of("bash", "-c",
                "source \"$1\"; shift; if rectify_is_command \"$@\"; then printf %s \"$RECTIFY_COMMAND\"; fi", "test",
                script.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(1, TimeUnit.MINUTES));
        return out;
    }

    @Test
    void aNameAfterTheOptionsIsACommand() throws Exception {
        assertEquals("info", commandOf("info", "x.rectify"));
        assertEquals("validate", commandOf("-nl", "zh_CN", "validate", "x.rectify"));
        assertEquals("archive", commandOf("-consoleLog", "archive", "x.rectify"));
    }

    @Test
    void theValuesOfThePlatformsOptionsStartTheDesktop() throws Exception {
        assertEquals("", commandOf("-nl", "en", "-cssTheme", "none"));
        assertEquals("", commandOf("-perspective", "rectify", "-data", "ws"));
        assertEquals("", commandOf("-nl", "en", "x.rectify"));
        assertEquals("", commandOf());
    }
}
