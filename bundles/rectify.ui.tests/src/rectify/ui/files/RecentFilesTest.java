package rectify.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.core.io.RegisterFiles;
import rectify.model.RectifyFactory;
import rectify.ui.Workbenches;
import rectify.ui.preferences.RectifyPreferences;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/** The recent files of the File menu. */
class RecentFilesTest {

    @TempDir
    Path folder;

    private String before;

    @BeforeEach
    void remember() {
        before = InstanceScope.INSTANCE.getNode(RectifyPreferences.QUALIFIER).get(RecentFiles.KEY, "");
    }

    @AfterEach
    void restore() {
        InstanceScope.INSTANCE.getNode(RectifyPreferences.QUALIFIER).put(RecentFiles.KEY, before);
    }

    @Test
    void keepsTheLastEightMostRecentFirst() {
        List<Path> files = IntStream.rangeClosed(1, 10).mapToObj(i -> folder.resolve(i + ".rectify")).toList();
        files.forEach(RecentFiles::remember);
        RecentFiles.remember(files.get(4));
        List<Path> recent = RecentFiles.list();
        assertEquals(RecentFiles.MAXIMUM, recent.size());
        assertEquals(List.of(files.get(4), files.get(9), files.get(8), files.get(7), files.get(6), files.get(5),
                files.get(3), files.get(2)), recent);
        RecentFiles.forget(files.get(9));
        assertEquals(files.get(8), RecentFiles.list().get(1));
    }

    @Test
    void remembersEveryRegisterOpened() throws Exception {
        Path file = folder.resolve("最近.rectify");
        RegisterFiles.save(RectifyFactory.eINSTANCE.createRegister(), file);
        OpenRegister open = OpenRegisters.get().open(file);
        try {
            Workbenches.settle();
            assertEquals(file, RecentFiles.list().get(0));
        } finally {
            OpenRegisters.get().close(open);
        }
    }
}
