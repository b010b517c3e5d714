package rectify.share;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Another Java process on a plain class path made of the jars (or folders) of the bundles the
 * tests run with, as the headless commands run: for a writer that the tests kill, and for Git's
 * merge driver.
 */
final class PlainJava {

    private static final Class<?>[] ROOTS = { PlainJava.class, Sharing.class, rectify.core.io.RegisterFiles.class,
            rectify.model.RectifyPackage.class, rectify.model.edit.Labels.class,
            rectify.validation.RegisterValidation.class,
            org.eclipse.jgit.lib.Repository.class, com.googlecode.javaewah.EWAHCompressedBitmap.class,
            org.slf4j.LoggerFactory.class, org.apache.commons.codec.digest.DigestUtils.class,
            org.eclipse.emf.ecore.EObject.class, org.eclipse.emf.common.util.URI.class,
            org.eclipse.emf.ecore.xmi.XMIResource.class, org.eclipse.emf.ecore.change.ChangeDescription.class,
            org.eclipse.emf.edit.provider.ItemProviderAdapter.class, org.eclipse.osgi.util.NLS.class,
            org.eclipse.core.runtime.IProgressMonitor.class };

    private PlainJava() {
    }

    /** @return the class path: where each of the bundles' classes come from */
    static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> root : ROOTS) {
            try {
                entries.add(Path.of(root.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException | RuntimeException e) {
                throw new IllegalStateException("no location of " + root, e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /** @return the command that runs a class's main method on the plain class path */
    static List<String> command(Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of("-cp", classPath(), main.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** Starts a class's main method on the plain class path, its output and errors to a file. */
    static Process start(Path log, Class<?> main, String... args) throws IOException {
        return new ProcessBuilder(command(main, args)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
