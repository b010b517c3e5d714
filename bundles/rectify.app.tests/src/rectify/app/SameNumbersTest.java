package rectify.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import rectify.archive.ArchiveOptions;
import rectify.archive.RecordArchiver;
import rectify.diagram.editor.OpenDiagram;
import rectify.diagram.figures.NodeFigure;
import rectify.ledger.LedgerRow;
import rectify.ledger.ui.LedgerView;
import rectify.model.ChainElement;
import rectify.model.Record;
import rectify.start.StartPage;
import rectify.model.Review;
import rectify.ui.editors.RecordEditors;
import rectify.ui.navigator.RegisterNavigator;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/**
 * The same element shows the same number everywhere a user meets it: the navigator, the record
 * editor's forms, the diagram, the ledger and the archived PDF, side by side for elements of the
 * sample's worked example (a problem, a cause and a measure under the second aspect, the third
 * cause and the second direction).
 */
class SameNumbersTest {

    private static OpenRegister register;
    private static Record example;
    private static Path pdf;

    @BeforeAll
    static void archive() throws Exception {
        Started.registersOpen();
        register = OpenRegisters.get().registers().get(0);
        example = register.register().getRecords().stream().filter(r -> r.getYear() == 2025).findFirst().orElseThrow();
        pdf = Files.createTempFile("example", ".pdf");
        try (RecordArchiver archiver = new RecordArchiver(ArchiveOptions.defaults())) {
            archiver.archive(example, pdf, new NullProgressMonitor());
        }
    }

    @AfterAll
    static void close() throws Exception {
        // the editors this test opened; the start page stays, as the product opened it
        page().closeEditors(Arrays.stream(page().getEditorReferences())
                .filter(editor -> !StartPage.ID.equals(editor.getId())).toArray(IEditorReference[]::new), false);
        Files.deleteIfExists(pdf);
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static Review review() {
        return example.getReview();
    }

    @Test
    void aProblemACauseAndAMeasureHaveOneNumberEachInEveryView() throws Exception {
        ChainElement problem = review().getAspects().get(1).getProblems().get(0);
        ChainElement cause = review().getCauses().get(2);
        ChainElement measure = review().getDirections().get(1).getMeasures().get(1);
        Map<ChainElement, String> numbers = Map.of(problem, "2.1", cause, "3", measure, "2.2");
        String text = archivedText();
        for (Map.Entry<ChainElement, String> expected : numbers.entrySet()) {
            ChainElement element = expected.getKey();
            String number = expected.getValue();
            assertEquals(number, element.getFullNumber());
            assertEquals(number, firstWord(inNavigator(element)), "the navigator");
            assertEquals(number, firstWord(inForms(element)), "the record editor's forms");
            assertEquals(number, lastWord(inDiagram(element)), "the diagram");
            assertTrue(text.contains(number + element.getHeadline()), "the archive writes " + number + " "
                    + element.getHeadline());
        }
        assertEquals("2.2", inLedger(measure), "the ledger");
    }

    private static String inNavigator(ChainElement element) throws Exception {
        RegisterNavigator.reveal(page(), element);
        IViewPart navigator = page().findView(RegisterNavigator.ID);
        return selected((Tree) navigator.getAdapter(Control.class), element);
    }

    private static String inForms(ChainElement element) throws Exception {
        FormEditor editor = (FormEditor) RecordEditors.open(page(), register, element);
        flush();
        List<Tree> trees = new ArrayList<>();
        trees(editor.getActivePageInstance().getManagedForm().getForm().getBody(), trees);
        for (Tree tree : trees) {
            for (TreeItem item : tree.getSelection()) {
                if (item.getData() == element) {
                    return item.getText();
                }
            }
        }
        throw new AssertionError("the record editor shows no selected " + element.getHeadline());
    }

    private static String inDiagram(ChainElement element) throws Exception {
        IEditorPart editor = OpenDiagram.open(page(), review());
        flush();
        GraphicalViewer viewer = editor.getAdapter(GraphicalViewer.class);
        Object part = viewer.getEditPartRegistry().get(element);
        assertNotNull(part, "the diagram shows " + element.getHeadline());
        return ((NodeFigure) ((GraphicalEditPart) part).getFigure()).title();
    }

    private static String inLedger(ChainElement measure) throws Exception {
        LedgerView ledger = (LedgerView) page().showView(LedgerView.ID);
        flush();
        LedgerRow row = ledger.model().shown().stream().filter(r -> r.measure() == measure).findFirst()
                .orElseThrow(() -> new AssertionError("the ledger shows no row of " + measure.getHeadline()));
        return row.number();
    }

    private static String archivedText() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    private static String selected(Tree tree, Object element) {
        flush();
        for (TreeItem item : tree.getSelection()) {
            if (item.getData() == element) {
                return item.getText();
            }
        }
        throw new AssertionError("the navigator shows no selected " + element);
    }

    private static void trees(Composite composite, List<Tree> found) {
        for (Control child : composite.getChildren()) {
            if (child instanceof Tree tree) {
                found.add(tree);
            } else if (child instanceof Composite inner) {
                trees(inner, found);
            }
        }
    }

    private static String firstWord(String text) {
        return text.strip().split("\\s+")[0];
    }

    private static String lastWord(String text) {
        String[] words = text.strip().split("\\s+");
        return words[words.length - 1];
    }

    private static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run what is pending
        }
    }
}
