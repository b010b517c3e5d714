package rectify.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The conventions the tools apply, written once in {@code releng/settings}: every bundle carries the
 * same {@code .settings} (compiler settings, e.g. warnings on strings not externalized, and the
 * formatter's), and the formatter profile the build formats with ({@code formatter.xml}) has the
 * settings the IDE formats with.
 */
class SettingsAreConsistentTest {

    private static final String FORMATTER = "org.eclipse.jdt.core.formatter.";

    private static Path settings() {
        return BundleTrees.committedBundles().toAbsolutePath().normalize().resolveSibling("releng").resolve("settings");
    }

    @Test
    void everyBundleCarriesTheCommittedSettings() throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.list(settings())) {
            templates = files.filter(file -> file.toString().endsWith(".prefs")).sorted().toList();
        }
        assertTrue(templates.size() >= 3, "the templates: " + templates);
        List<String> differences = new ArrayList<>();
        int bundles = 0;
        try (Stream<Path> folders = Files.list(BundleTrees.committedBundles())) {
            for (Path bundle : folders.filter(folder -> Files.exists(folder.resolve("META-INF/MANIFEST.MF")))
                    .toList()) {
                bundles++;
                for (Path template : templates) {
                    Path copy = bundle.resolve(".settings").resolve(template.getFileName());
                    if (!Files.exists(copy) || Files.mismatch(template, copy) != -1) {
                        differences.add(bundle.getFileName() + "/.settings/" + template.getFileName());
                    }
                }
            }
        }
        assertTrue(bundles > 30, "bundles found: " + bundles);
        assertEquals(List.of(), differences, "copy releng/settings/*.prefs into each bundle's .settings");
    }

    @Test
    void theFormatterProfileIsTheIdesFormatter() throws Exception {
        Properties prefs = new Properties();
        try (InputStream in = Files.newInputStream(settings().resolve("org.eclipse.jdt.core.prefs"))) {
            prefs.load(in);
        }
        Map<String, String> ide = new TreeMap<>();
        prefs.stringPropertyNames().stream().filter(key -> key.startsWith(FORMATTER))
                .forEach(key -> ide.put(key, prefs.getProperty(key)));
        Map<String, String> profile = new TreeMap<>();
        NodeList settings = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(settings().resolve("formatter.xml").toFile()).getElementsByTagName("setting");
        for (int i = 0; i < settings.getLength(); i++) {
            Element setting = (Element) settings.item(i);
            if (setting.getAttribute("id").startsWith(FORMATTER)) {
                profile.put(setting.getAttribute("id"), setting.getAttribute("value"));
            }
        }
        assertTrue(ide.size() > 300, "formatter settings: " + ide.size());
        assertEquals(profile, ide);
    }
}
