package rectify.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain class path of the headless commands, as the launch scripts have it prepared. */
class PlainClassPathTest {

    @TempDir
    Path dir;

    private Path plugins() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        for (String bundle : PlainClassPath.BUNDLES) {
            jar(plugins.resolve(bundle + "_1.0.0.jar"), "a/A.class");
        }
        return plugins;
    }

    private static void jar(Path file, String... entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(entry.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    private static List<String> classPath(Path cache) throws IOException {
        return classPath(cache, PlainClassPath.ARGUMENT_FILE);
    }

    private static List<String> classPath(Path cache, String argumentFile) throws IOException {
        String args = Files.readString(cache.resolve(argumentFile), StandardCharsets.UTF_8).strip();
        assertTrue(args.startsWith("-cp \"") && args.endsWith("\""), args);
        return List.of(args.substring(5, args.length() - 1).replace("\\\\", "\\").split(File.pathSeparator));
    }

    @Test
    void takesTheNewestJarOfEachBundleAndCopiesSignedOnesWithoutTheirSignatures() throws IOException {
        Path plugins = plugins();
        Path signed = plugins.resolve("org.eclipse.osgi_1.10.0.v2026.jar");
        jar(signed, "META-INF/ECLIPSE_.SF", "META-INF/ECLIPSE_.RSA", "b/B.class");
        try (FileSystem zip = FileSystems.newFileSystem(signed)) {
            Files.writeString(zip.getPath("META-INF/MANIFEST.MF"), "Manifest-Version: 1.0\r\n"
                    + "Bundle-SymbolicName: org.eclipse.osgi\r\n\r\n"
                    + "Name: b/B.class\r\nSHA-256-Digest: 47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\r\n\r\n");
        }
        jar(plugins.resolve("org.eclipse.osgi_1.9.9.jar"), "c/C.class");
        Path stale = Files.createDirectories(dir.resolve("cache/headless-1"));
        Path cache = dir.resolve("cache/headless-2");

        PlainClassPath.prepare(plugins, cache);

        List<String> classPath = classPath(cache);
        assertEquals(PlainClassPath.BUNDLES.size(), classPath.size(), classPath.toString());
        assertEquals(plugins.resolve("rectify.cli_1.0.0.jar").toString(), classPath.get(0));
        Path copy = cache.resolve("jars/org.eclipse.osgi_1.10.0.v2026.jar");
        assertTrue(classPath.contains(copy.toString()), classPath.toString());
        try (ZipFile zip = new ZipFile(copy.toFile())) {
            assertEquals(List.of("META-INF/MANIFEST.MF", "b/B.class"),
                    zip.stream().map(ZipEntry::getName).sorted().toList());
        }
        try (JarFile jar = new JarFile(copy.toFile())) {
            Manifest manifest = jar.getManifest();
            assertEquals("org.eclipse.osgi", manifest.getMainAttributes().getValue("Bundle-SymbolicName"));
            assertEquals(Map.of(), manifest.getEntries(), "the manifest has no digests");
        }
        assertFalse(Files.exists(stale), "the cache of earlier plugins is removed");
    }

    @Test
    void aCacheThatIsThereIsKept() throws IOException {
        Path cache = Files.createDirectories(dir.resolve("cache/headless-3"));

        PlainClassPath.prepare(plugins(), cache);

        assertFalse(Files.exists(cache.resolve(PlainClassPath.ARGUMENT_FILE)));
    }

    @Test
    void eachCommandHasAClassPathWithoutTheBundlesItDoesNotNeed() throws IOException {
        Path plugins = plugins();
        Path cache = dir.resolve("cache/headless-5");

        PlainClassPath.prepare(plugins, cache);

        List<String> all = classPath(cache);
        for (String command : PlainClassPath.COMMANDS) {
            List<String> own = classPath(cache, PlainClassPath.argumentFile(command));
            for (String bundle : PlainClassPath.BUNDLES) {
                boolean needed = PlainClassPath.PARTS.stream()
                        .noneMatch(part -> part.bundles().contains(bundle) && !part.commands().contains(command));
                String jar = plugins.resolve(bundle + "_1.0.0.jar").toString();
                assertEquals(needed, own.contains(jar), command + ": " + bundle);
            }
            assertEquals(all.stream().filter(own::contains).toList(), own, "in the order of the whole class path");
        }
        List<String> info = classPath(cache, PlainClassPath.argumentFile("info"));
        assertFalse(info.contains(plugins.resolve("org.apache.lucene_1.0.0.jar").toString()), info.toString());
        assertTrue(info.contains(plugins.resolve("org.eclipse.jgit_1.0.0.jar").toString()),
                "a shared register is read with JGit by every command");
        assertTrue(classPath(cache, PlainClassPath.argumentFile("search"))
                .contains(plugins.resolve("org.apache.lucene_1.0.0.jar").toString()));
    }

    @Test
    void aMissingBundleLeavesNoCache() throws IOException {
        Path plugins = plugins();
        Files.delete(plugins.resolve("org.apache.poi_1.0.0.jar"));
        Path cache = dir.resolve("cache/headless-4");

        IOException missing = assertThrows(IOException.class, () -> PlainClassPath.prepare(plugins, cache));

        assertTrue(missing.getMessage().contains("org.apache.poi"), missing.getMessage());
        assertFalse(Files.exists(cache));
        try (var left = Files.list(cache.getParent())) {
            assertEquals(0, left.count(), "nothing half made");
        }
    }
}
