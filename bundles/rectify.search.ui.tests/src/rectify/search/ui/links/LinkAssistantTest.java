package rectify.search.ui.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.chain.Link;
import rectify.chain.Reviews;
import rectify.model.ChainElement;
import rectify.model.Problem;
import rectify.model.Record;
import rectify.model.Review;
import rectify.samples.Samples;
import rectify.search.LinkSuggestion;
import rectify.search.ui.Messages;
import rectify.testing.Events;
import rectify.testing.Screenshots;
import rectify.ui.editors.RegisterElementInput;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/**
 * The link assistant on the sample's 2021 record, whose document wrote no links: the quick fix of a
 * problem without a cause links it (one command, undone by one undo), and the assistant accepts the
 * likeliest proposal of every element at once, each link a command of its own.
 */
class LinkAssistantTest {

    /** How long the workbench may take for what a test waits for. */
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;
    OpenRegister register;
    Review review;

    @BeforeEach
    void open() throws Exception {
        register = OpenRegisters.get().open(Samples.copySampleRegister(dir.resolve("sample.rectify")));
        review = register.register().getRecords().get(0).getReview();
    }

    @AfterEach
    void close() {
        OpenRegisters.get().close(register);
    }

    private ChainElement element(String headline) {
        return Reviews.elements(review).stream().filter(e -> headline.equals(e.getHeadline())).findFirst()
                .orElseThrow();
    }

    @Test
    void aQuickFixLinksAProblemAndOneUndoTakesItBack() {
        Problem research = (Problem) element("调查研究不经常。");
        List<Action> fixes = QuickFixes.fixes(register, research);
        assertFalse(fixes.isEmpty());
        assertTrue(fixes.size() <= QuickFixes.OFFERED, fixes::toString);
        assertTrue(fixes.stream().anyMatch(fix -> fix.getText().contains("为民服务")),
                () -> fixes.stream().map(Action::getText).toList().toString());
        fixes.get(0).run();
        int links = research.getCauses().size() + research.getMeasures().size();
        assertEquals(1, links);
        register.domain().getCommandStack().undo();
        assertEquals(0, research.getCauses().size() + research.getMeasures().size());
    }

    @Test
    void theDiagramOffersTheQuickFixesOfTheElementSelected() throws Exception {
        Record record = register.register().getRecords().get(0);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IEditorPart diagram = page.openEditor(new RegisterElementInput(register, record, record.getTitle()),
                "rectify.diagram.editor");
        try {
            GraphicalViewer viewer = diagram.getAdapter(GraphicalViewer.class);
            EditPart part = (EditPart) viewer.getEditPartRegistry().get(element("调查研究不经常。"));
            viewer.select(part);
            Events.until("the selection", LIMIT, () -> !page.getSelection().isEmpty());
            List<String> offered = Stream.of(new QuickFixes().getContributionItems())
                    .filter(ActionContributionItem.class::isInstance)
                    .map(item -> ((ActionContributionItem) item).getAction().getText()).toList();
            assertTrue(offered.stream().anyMatch(text -> text.contains("为民服务")), offered::toString);
            assertTrue(offered.contains(Messages.quickFixAssistant), offered::toString);
            Screenshots.save(page.getWorkbenchWindow().getShell(), "diagram-quick-fix-selection");
        } finally {
            page.closeEditor(diagram, false);
        }
    }

    @Test
    void theAssistantAcceptsTheLikeliestOfEveryElementEachAsACommand() {
        long accepted;
        LinkAssistantDialog dialog = new LinkAssistantDialog(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), register,
                review);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            List<?> proposed = (List<?>) dialog.proposals().getInput();
            assertTrue(proposed.size() >= 39, () -> String.valueOf(proposed.size()));
            int ticked = dialog.proposals().getCheckedElements().length;
            assertEquals(39, ticked, "one for each problem → cause, measure → problem and measure → cause");
            Screenshots.save(dialog.getShell(), "link-assistant");
            dialog.button(LinkAssistantDialog.ACCEPT).notifyListeners(SWT.Selection, new Event());
            assertEquals(ticked, dialog.accepted());
            accepted = Link.among(Reviews.elements(review)).size();
            assertEquals(ticked, accepted);
            List<?> after = (List<?>) dialog.proposals().getInput();
            assertTrue(after.stream().map(LinkSuggestion.class::cast)
                    .noneMatch(p -> p.link().kind().targetsOf(p.link().source())
                            .contains(p.link().target())));
            Screenshots.save(dialog.getShell(), "link-assistant-accepted");
        } finally {
            dialog.close();
        }
        register.domain().getCommandStack().undo();
        assertEquals(accepted - 1, Link.among(Reviews.elements(review)).size());
        while (register.domain().getCommandStack().canUndo()) {
            register.domain().getCommandStack().undo();
        }
        assertEquals(0, Link.among(Reviews.elements(review)).size());
    }
}
