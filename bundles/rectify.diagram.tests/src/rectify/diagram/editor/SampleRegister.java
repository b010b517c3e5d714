package rectify.diagram.editor;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import rectify.chain.view.Diagram;
import rectify.core.io.RegisterFileException;
import rectify.model.Record;
import rectify.model.Review;
import rectify.samples.Samples;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/** A copy of the sample register in a folder of its own, open in the workbench while a test runs. */
final class SampleRegister implements AutoCloseable {

    /** The year of the worked example: linked, laid out, one node pinned. */
    static final int EXAMPLE = 2025;
    /** The year of the 2021 meeting: no links, no layout. */
    static final int MEETING = 2021;

    final Path folder;
    final Path file;
    final OpenRegister register;

    private SampleRegister(Path folder, Path file, OpenRegister register) {
        this.folder = folder;
        this.file = file;
        this.register = register;
    }

    static SampleRegister open() throws IOException, RegisterFileException {
        Path folder = Files.createTempDirectory("rectify-diagram");
        Path file = Samples.copySampleRegister(folder.resolve("sample.rectify"));
        return new SampleRegister(folder, file, OpenRegisters.get().open(file));
    }

    /** Opens the file of a closed sample again, as a user reopens a register. */
    static SampleRegister reopen(SampleRegister closed) throws RegisterFileException {
        return new SampleRegister(closed.folder, closed.file, OpenRegisters.get().open(closed.file));
    }

    Record record(int year) {
        return register.register().getRecords().stream().filter(r -> r.getYear() == year).findFirst()
                .orElseThrow(() -> new AssertionError("the sample has no record of " + year));
    }

    Review review(int year) {
        Review review = record(year).getReview();
        assertNotNull(review, "the record of " + year + " has no review");
        return review;
    }

    DiagramEditor openDiagram(int year) throws PartInitException {
        IEditorPart editor = OpenDiagram.open(page(), review(year));
        UI.flush();
        return (DiagramEditor) editor;
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Closes the diagrams of the register and the register, and deletes the copy. */
    @Override
    public void close() throws IOException {
        closeRegister();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Closes the diagrams of the register and the register; the file stays. */
    void closeRegister() {
        for (IEditorReference reference : page().getEditorReferences()) {
            IEditorPart editor = reference.getEditor(false);
            if (editor instanceof DiagramEditor diagram
                    && diagram.getAdapter(Diagram.class) instanceof Diagram shown
                    && register.contains(shown.review())) {
                page().closeEditor(editor, false);
            }
        }
        UI.flush();
        OpenRegisters.get().close(register);
        UI.flush();
    }
}
