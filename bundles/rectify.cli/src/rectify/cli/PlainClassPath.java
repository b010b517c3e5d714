package rectify.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Prepares the plain class path that the headless commands run on without OSGi ({@link Main}):
 * the newest jar of each bundle they need, from the product's plugins folder. Signed jars are
 * copied without their signatures, since class-data and AOT caches leave out the classes of
 * signed jars, and without the digests in their manifests, which the JDK would read on opening
 * them. The launch scripts run it when their cache folder is missing:
 * {@code java -cp <rectify.cli jar> rectify.cli.PlainClassPath <plugins folder> <cache folder>}.
 * <p>
 * The cache folder gets {@code classpath.args}, a Java argument file with the {@code -cp} option,
 * {@code classpath-<command>.args} with the class path of each command (without the bundles
 * {@linkplain #PARTS it does not need}), and {@code jars/} with the unsigned copies; it is made
 * complete under another name, then renamed,
 * so that a folder that is there is complete. The folders beside it whose names share its prefix up
 * to the last {@code -} (caches of earlier plugins) are removed.
 */
public final class PlainClassPath {

    /** The bundles of the headless commands and those they use, without OSGi. */
    static final List<String> BUNDLES = List.of("rectify.cli", "rectify.core", "rectify.model", "rectify.model.edit",
            "rectify.validation", "rectify.chain", "rectify.archive", "rectify.ledger", "rectify.importer",
            "rectify.log4j",
            "rectify.documents", "rectify.samples", "rectify.search", "rectify.share", "org.apache.lucene",
            "org.apache.lucene.analysis.common", "org.apache.lucene.analysis.smartcn",
            "org.eclipse.osgi", "org.eclipse.equinox.common", "org.eclipse.core.runtime", "org.eclipse.emf.common",
            "org.eclipse.emf.ecore", "org.eclipse.emf.ecore.xmi", "org.eclipse.emf.ecore.change",
            "org.eclipse.emf.edit", "org.apache.pdfbox", "org.apache.pdfbox.fontbox", "org.apache.pdfbox.io",
            "org.apache.commons.commons-logging", "org.apache.poi",
            "org.apache.poi.ooxml", "org.apache.poi.ooxml.schemas", "org.apache.poi.scratchpad", "org.apache.xmlbeans",
            "org.apache.commons.commons-codec", "org.apache.commons.commons-collections4",
            "org.apache.commons.commons-compress", "org.apache.commons.commons-io", "org.apache.commons.lang3",
            "org.apache.logging.log4j.api", "org.ofdrw.gv", "org.ofdrw.core", "org.ofdrw.pkg", "org.ofdrw.font",
            "org.ofdrw.layout", "org.ofdrw.reader", "org.dom4j", "jaxen", "net.lingala.zip4j", "bcprov",
            "org.eclipse.jgit",
            "org.eclipse.jgit.ssh.apache", "org.apache.sshd.osgi", "org.apache.sshd.sftp",
            "com.googlecode.javaewah.JavaEWAH", "slf4j.api", "slf4j.simple");

    /** Bundles that only some commands need, and those commands. */
    record Part(List<String> bundles, Set<String> commands) {
    }

    /**
     * Bundles of {@link #BUNDLES} that only some commands need, with those commands: Word and Excel
     * documents (the ledger writes workbooks; the search bundle uses the ledger's), the search
     * index, and SSH for the remotes of shared registers. The other commands run on a class path
     * without them: the first lookup of a resource that no jar holds (a locale's messages, a
     * service) opens every jar of the class path, and these are the largest.
     */
    static final List<Part> PARTS = List.of(
            new Part(List.of("org.apache.poi", "org.apache.poi.ooxml", "org.apache.poi.ooxml.schemas",
                    "org.apache.poi.scratchpad", "org.apache.xmlbeans", "org.apache.commons.commons-collections4",
                    "org.apache.commons.commons-compress"),
                    Set.of("import", "export", "ledger", "search", "similar", "suggest")),
            new Part(List.of("org.apache.lucene", "org.apache.lucene.analysis.common",
                    "org.apache.lucene.analysis.smartcn"), Set.of("search", "similar", "suggest")),
            new Part(List.of("org.eclipse.jgit.ssh.apache", "org.apache.sshd.osgi", "org.apache.sshd.sftp"),
                    Set.of("share", "unshare", "sync", "bundle", "history", "merge")));

    /** The commands that have a class path of their own, {@link #argumentFile(String)}. */
    static final List<String> COMMANDS = List.of("info", "validate", "archive", "ledger", "import", "export",
            "search", "similar", "suggest", "share", "unshare", "sync", "history", "bundle", "merge");

    /** The name of the argument file in the cache folder with the whole class path. */
    static final String ARGUMENT_FILE = "classpath.args";

    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)",
            Pattern.CASE_INSENSITIVE);

    private PlainClassPath() {
    }

    /**
     * Prepares the cache folder; exits 1, saying why, when a bundle is missing or a file cannot
     * be written.
     *
     * @param args the plugins folder and the cache folder
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: PlainClassPath <plugins folder> <cache folder>");
            System.exit(Command.USAGE);
        }
        try {
            prepare(Path.of(args[0]).toAbsolutePath(), Path.of(args[1]).toAbsolutePath());
        } catch (IOException | UncheckedIOException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Makes the cache folder, unless it is there.
     *
     * @param plugins the product's plugins folder
     * @param cache the cache folder
     * @throws IOException when a bundle is missing or a file cannot be written
     */
    static void prepare(Path plugins, Path cache) throws IOException {
        if (Files.isDirectory(cache)) {
            return;
        }
        Path parent = Files.createDirectories(cache.getParent());
        Path making = Files.createDirectory(parent.resolve(cache.getFileName() + "." + ProcessHandle.current().pid()));
        try {
            Path copies = Files.createDirectory(making.resolve("jars"));
            Map<String, String> entries = new LinkedHashMap<>();
            for (String bundle : BUNDLES) {
                Path jar = newest(plugins, bundle);
                if (isSigned(jar)) {
                    copyUnsigned(jar, copies.resolve(jar.getFileName()));
                    entries.put(bundle, cache.resolve("jars").resolve(jar.getFileName()).toString());
                } else {
                    entries.put(bundle, jar.toString());
                }
            }
            writeArgumentFile(making.resolve(ARGUMENT_FILE), entries.values());
            for (String command : COMMANDS) {
                Map<String, String> own = new LinkedHashMap<>(entries);
                PARTS.stream().filter(part -> !part.commands().contains(command))
                        .forEach(part -> own.keySet().removeAll(part.bundles()));
                writeArgumentFile(making.resolve(argumentFile(command)), own.values());
            }
            Files.move(making, cache, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.isDirectory(cache)) {
                throw e;
            }
            // made meanwhile by another run
        } finally {
            delete(making);
        }
        removeStale(cache);
    }

    /** @return the name of the argument file in the cache folder with the class path of a command */
    static String argumentFile(String command) {
        return "classpath-" + command + ".args";
    }

    /** Writes a Java argument file with the option {@code -cp} and the jars. */
    private static void writeArgumentFile(Path file, Collection<String> jars) throws IOException {
        String classPath = String.join(File.pathSeparator, jars);
        Files.writeString(file, "-cp \"" + classPath.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n",
                StandardCharsets.UTF_8);
    }

    /** The newest {@code <bundle>_<version>.jar} in {@code plugins}. */
    private static Path newest(Path plugins, String bundle) throws IOException {
        try (Stream<Path> files = Files.list(plugins)) {
            return files.filter(file -> BundleVersion.of(file, bundle) != null)
                    .max(Comparator.comparing(file -> BundleVersion.of(file, bundle)))
                    .orElseThrow(() -> new IOException("no bundle " + bundle + " in " + plugins));
        }
    }

    private static boolean isSigned(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().anyMatch(entry -> SIGNATURE.matcher(entry.getName()).matches());
        }
    }

    /**
     * Copies a signed jar without its signature: without the signature files, and with a manifest
     * of only its main section, without the digest of every entry. The JDK reads the manifest of
     * each jar on the class path when it opens it, and a signed jar's is large (that of Bouncy
     * Castle is most of a megabyte): reading them took a quarter of the time of opening the jars.
     */
    private static void copyUnsigned(Path jar, Path copy) throws IOException {
        Files.copy(jar, copy);
        try (FileSystem zip = FileSystems.newFileSystem(copy)) {
            try (DirectoryStream<Path> metaInf = Files.newDirectoryStream(zip.getPath("META-INF"))) {
                for (Path file : metaInf) {
                    if (SIGNATURE.matcher("META-INF/" + file.getFileName()).matches()) {
                        Files.delete(file);
                    }
                }
            }
            Path file = zip.getPath(JarFile.MANIFEST_NAME);
            if (Files.exists(file)) {
                Manifest manifest;
                try (InputStream in = Files.newInputStream(file)) {
                    manifest = new Manifest(in);
                }
                manifest.getEntries().clear();
                try (OutputStream out = Files.newOutputStream(file)) {
                    manifest.write(out);
                }
            }
        }
    }

    /** Removes the caches of earlier plugins beside {@code cache}. */
    private static void removeStale(Path cache) throws IOException {
        String name = cache.getFileName().toString();
        String prefix = name.substring(0, name.lastIndexOf('-') + 1);
        if (prefix.isEmpty()) {
            return;
        }
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(cache.getParent(), prefix + "*")) {
            for (Path sibling : siblings) {
                String other = sibling.getFileName().toString();
                if (!other.equals(name) && other.indexOf('.') < 0) {
                    delete(sibling);
                }
            }
        }
    }

    /** Deletes a folder and what it holds, if it is there. */
    static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
