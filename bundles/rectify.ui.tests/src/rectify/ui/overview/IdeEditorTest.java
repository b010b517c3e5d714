package rectify.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static rectify.ui.Workbenches.page;
import static rectify.ui.Workbenches.settle;
import static rectify.ui.Workbenches.waitUntil;

import java.io.InputStream;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import rectify.samples.Samples;
import rectify.ui.navigator.RegisterNavigator;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/** A .rectify file of an Eclipse workspace opens in the register overview, as in an IDE. */
class IdeEditorTest {

    private IProject project;
    private IFile file;

    @BeforeEach
    void createProjectWithARegister() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("records");
        project.create(null);
        project.open(null);
        file = project.getFile("party-committee.rectify");
        try (InputStream sample = Samples.sampleRegister().openStream()) {
            file.create(sample, true, null);
        }
    }

    @AfterEach
    void deleteProject() throws Exception {
        page().closeAllEditors(false);
        Path path = file.getLocation().toFile().toPath();
        OpenRegisters.get().registers().stream().filter(r -> r.file().equals(path)).findFirst()
                .ifPresent(OpenRegisters.get()::close);
        project.delete(true, true, null);
    }

    @Test
    void theOverviewIsTheDefaultEditorOfRegisterFiles() {
        assertEquals(RegisterOverview.ID, IDE.getDefaultEditor(file).getId());
    }

    @Test
    void openingTheFileOpensTheRegisterAndShowsItInTheNavigator() throws Exception {
        IEditorPart editor = IDE.openEditor(page(), file);
        assertInstanceOf(RegisterOverview.class, editor);
        Path path = file.getLocation().toFile().toPath();
        OpenRegister register = OpenRegisters.get().registers().stream().filter(r -> r.file().equals(path))
                .findFirst().orElse(null);
        assertNotNull(register, "the file is not open as a register");
        RegisterNavigator navigator = (RegisterNavigator) page().findView(RegisterNavigator.ID);
        assertNotNull(navigator);
        Tree tree = (Tree) navigator.getAdapter(Control.class);
        waitUntil("the navigator selects the register", () -> tree.getSelectionCount() == 1
                && tree.getSelection()[0].getData() == register.register());
        assertFalse(editor.isDirty());
        settle();
    }
}
