package rectify.share;

import java.nio.file.Path;
import java.util.List;

import rectify.core.merge.ThreeWayMerge;

/**
 * Rectify's model merge as Git's merge driver for the tests, on a plain class path, as
 * {@code rectify merge %O %A %B %P} runs it: exit 0 when clean, 1 with the conflicts listed.
 */
public final class DriverMain {

    private DriverMain() {
    }

    public static void main(String[] args) throws Exception {
        List<ThreeWayMerge.Conflict> conflicts = MergeDriver.merge(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]),
                Path.of(args.length > 3 ? args[3] : args[1]));
        conflicts.forEach(conflict -> System.err.println("conflict " + conflict.id() + " " + conflict.feature()));
        System.exit(conflicts.isEmpty() ? 0 : 1);
    }
}
