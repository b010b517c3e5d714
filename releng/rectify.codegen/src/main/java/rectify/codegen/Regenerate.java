package rectify.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Regenerates the generated code of Rectify's model in place: deletes {@code src-gen} of
 * {@code rectify.model} and {@code rectify.model.edit}, then runs EMF's generator on
 * {@code rectify.model/model/rectify.genmodel}.
 */
public final class Regenerate {

    /** The model bundle; it holds the genmodel. */
    public static final String MODEL = "rectify.model";

    /** The edit bundle. */
    public static final String EDIT = "rectify.model.edit";

    /** The generated source folder of both bundles. */
    public static final String SRC_GEN = "src-gen";

    private Regenerate() {
    }

    /**
     * Regenerates in place.
     *
     * @param args one argument: the directory that holds the bundles
     * @throws IOException if a file cannot be deleted or the generator fails
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: Regenerate <bundles directory>");
        }
        Path bundles = Paths.get(args[0]).toAbsolutePath().normalize();
        for (String bundle : new String[] { MODEL, EDIT }) {
            deleteTree(bundles.resolve(bundle).resolve(SRC_GEN));
        }
        generate(bundles);
        System.out.println("Regenerated " + SRC_GEN + " of " + MODEL + " and " + EDIT + " in " + bundles);
    }

    /**
     * Runs the generator on the genmodel of the bundles in a directory, writing into those bundles.
     *
     * @param bundles the directory that holds {@link #MODEL} and {@link #EDIT}
     * @throws IOException if the generator fails
     */
    public static void generate(Path bundles) throws IOException {
        ModelGenerator.generate(bundles.resolve(MODEL).resolve("model/rectify.genmodel"),
                Map.of(MODEL, bundles.resolve(MODEL), EDIT, bundles.resolve(EDIT)));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
