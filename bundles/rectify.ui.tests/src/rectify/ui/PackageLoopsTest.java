package rectify.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import rectify.testing.PackageCycles;

/** The packages of rectify.ui depend on each other one way only: a loop that comes back fails here. */
class PackageLoopsTest {

    @Test
    void noPackageOfTheBundleDependsOnItselfThroughOthers() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(RecordsPerspective.class);
        Map<String, Set<String>> dependencies = PackageCycles.dependencies(bundle, "rectify/ui");
        assertTrue(dependencies.keySet().containsAll(Set.of("rectify.ui.handlers", "rectify.ui.navigator",
                "rectify.ui.files", "rectify.ui.overview")), "the class files were read: " + dependencies.keySet());
        assertTrue(dependencies.get("rectify.ui.handlers").contains("rectify.ui.navigator"), "dependencies are found");
        assertEquals(List.of(), PackageCycles.loops(dependencies), () -> "package loops in " + dependencies);
    }

    @Test
    void aLoopIsFound() {
        Map<String, Set<String>> looping = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d",
                Set.of("a"));
        assertEquals(List.of(Set.of("a", "b", "c")), PackageCycles.loops(looping));
    }
}
