package rectify.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.osgi.launch.EquinoxFactory;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * An Eclipse user installs the Rectify feature from our update site (the zip we publish) with
 * the p2 director, into a separate Eclipse (a minimal IDE built from the same target).
 */
class UpdateSiteInstallTest {

    private static final String FEATURE = "rectify.feature.feature.group";

    @Test
    void featureInstallsFromTheSiteAndItsBundlesResolve() throws Exception {
        Path host = copyOfHost();
        String site = "jar:" + Command.property("rectify.site.zip").toUri() + "!/";

        director(host, "-repository", site, "-installIU", FEATURE);

        String roots = director(host, "-listInstalledRoots");
        assertTrue(roots.contains(FEATURE + "/"), "not an installed root:\n" + roots);

        Map<String, Boolean> resolved = resolveInstalledBundles(host);
        assertEquals(Boolean.TRUE, resolved.get("rectify.ui"), "rectify.ui is not installed and resolved");
        List<String> unresolved = resolved.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey)
                .toList();
        assertEquals(List.of(), unresolved, "bundles of the host that do not resolve");
    }

    private static Path copyOfHost() throws Exception {
        Path host = Command.fresh(Path.of("target", "host")).toAbsolutePath();
        Command.run(host, Duration.ofMinutes(1), "cp", "-a", Command.property("rectify.host") + "/.", host.toString());
        return host;
    }

    private static String director(Path host, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Command.java(), "-jar",
                Command.single(host.resolve("plugins"), "org.eclipse.equinox.launcher_*.jar").toString(),
                "-nosplash", "-consoleLog", "-application", "org.eclipse.equinox.p2.director"));
        command.addAll(List.of(args));
        return Command.run(host, Duration.ofMinutes(5), command.toArray(String[]::new));
    }

    /**
     * Installs every bundle of the host's configuration into a fresh framework, resolves them
     * and tells for each symbolic name whether it resolved.
     */
    private static Map<String, Boolean> resolveInstalledBundles(Path host) throws Exception {
        Path info = host.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
        Path storage = Command.fresh(Path.of("target", "host-framework")).toAbsolutePath();
        Framework framework = new EquinoxFactory().newFramework(Map.of(
                Constants.FRAMEWORK_STORAGE, storage.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        framework.init();
        try {
            BundleContext context = framework.getBundleContext();
            List<Bundle> bundles = new ArrayList<>();
            for (String line : Files.readAllLines(info)) {
                String[] fields = line.split(",");
                if (line.startsWith("#") || fields.length < 3 || fields[0].equals("org.eclipse.osgi")) {
                    continue;
                }
                bundles.add(context.installBundle("reference:" + host.resolve(fields[2]).toUri()));
            }
            assertFalse(bundles.isEmpty(), "no bundles listed in " + info);
            framework.adapt(FrameworkWiring.class).resolveBundles(null);
            Map<String, Boolean> resolved = new TreeMap<>();
            bundles.forEach(b -> resolved.put(b.getSymbolicName(), b.getState() != Bundle.INSTALLED));
            return resolved;
        } finally {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }
}
