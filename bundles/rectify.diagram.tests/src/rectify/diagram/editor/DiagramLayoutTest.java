package rectify.diagram.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.requests.ChangeBoundsRequest;
import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import rectify.chain.Lane;
import rectify.chain.internal.Messages;
import rectify.chain.layout.Bounds;
import rectify.diagram.actions.ActionIds;
import rectify.model.ChainElement;
import rectify.model.NodeLayout;
import rectify.model.Problem;
import rectify.model.Review;
import rectify.ui.registers.OpenRegisters;

/** Auto-layout with ELK, manual positions stored in the file, pinned nodes. */
class DiagramLayoutTest {

    private SampleRegister sample;

    @BeforeEach
    void open() throws Exception {
        sample = SampleRegister.open();
    }

    @AfterEach
    void close() throws Exception {
        sample.close();
    }

    /** Checks that no two nodes overlap and that the lanes run problems, causes, measures, left to right. */
    static void assertLaidOut(Diagrams diagram) {
        List<ChainElement> elements = diagram.diagram.elements();
        Map<Lane, int[]> spans = new EnumMap<>(Lane.class);
        for (int i = 0; i < elements.size(); i++) {
            Rectangle a = diagram.figure(elements.get(i)).getBounds();
            Bounds stored = diagram.diagram.boundsOf(elements.get(i));
            assertEquals(new Rectangle(stored.x(), stored.y(), stored.width(), stored.height()), a,
                    "the node is drawn where its layout says");
            for (int j = i + 1; j < elements.size(); j++) {
                Rectangle b = diagram.figure(elements.get(j)).getBounds();
                assertFalse(a.intersects(b),
                        elements.get(i).getHeadline() + " overlaps " + elements.get(j).getHeadline());
            }
            spans.merge(Lane.of(elements.get(i)), new int[] { a.x, a.right() },
                    (s, t) -> new int[] { Math.min(s[0], t[0]), Math.max(s[1], t[1]) });
        }
        assertTrue(spans.get(Lane.PROBLEMS)[1] < spans.get(Lane.CAUSES)[0], "problems left of causes");
        assertTrue(spans.get(Lane.CAUSES)[1] < spans.get(Lane.MEASURES)[0], "causes left of measures");
    }

    @Test
    void laysOutANewDiagramWhenItOpens() throws Exception {
        Review review = sample.review(SampleRegister.MEETING);
        assertNull(review.getLayout(), "the 2021 record has no layout in the sample");
        Diagrams diagram = new Diagrams(sample.openDiagram(SampleRegister.MEETING));
        assertEquals(15 + 5 + 12, diagram.nodes().size());
        assertNotNull(review.getLayout(), "the layout is stored in the review");
        assertEquals(32, review.getLayout().getNodes().size());
        assertLaidOut(diagram);
        for (ChainElement element : diagram.diagram.elements()) {
            Dimension text = diagram.figure(element).getPreferredSize(diagram.figure(element).getBounds().width, -1);
            assertTrue(diagram.figure(element).getBounds().height >= text.height,
                    "each node is high enough for its headline");
        }
        BasicCommandStack emf = (BasicCommandStack) sample.register.domain().getCommandStack();
        assertEquals(Messages.commandAutoLayout, emf.getUndoCommand().getLabel(), "one undoable command");
        emf.undo();
        UI.flush();
        assertNull(review.getLayout());
        assertEquals(32, diagram.nodes().size(), "without a layout the nodes stay, stacked by lane");
    }

    @Test
    void autoLayoutKeepsPinnedNodesAndTheLanes() throws Exception {
        Review review = sample.review(SampleRegister.EXAMPLE);
        NodeLayout pinned = review.getLayout().getNodes().stream().filter(NodeLayout::isPinned).findFirst()
                .orElseThrow();
        Rectangle before = new Rectangle(pinned.getX(), pinned.getY(), pinned.getWidth(), pinned.getHeight());
        Map<NodeLayout, Point> others = new HashMap<>();
        review.getLayout().getNodes().forEach(n -> others.put(n, new Point(n.getX(), n.getY())));
        Diagrams diagram = new Diagrams(sample.openDiagram(SampleRegister.EXAMPLE));
        diagram.action(ActionIds.AUTO_LAYOUT).run();
        UI.flush();
        assertEquals(before, new Rectangle(pinned.getX(), pinned.getY(), pinned.getWidth(), pinned.getHeight()),
                "the pinned node stays");
        assertTrue(
                others.entrySet().stream()
                        .anyMatch(e -> e.getKey().getX() != e.getValue().x || e.getKey().getY() != e.getValue().y),
                "the others are arranged anew");
        assertLaidOut(diagram);
    }

    @Test
    void movedNodesStayWhereTheyArePutAfterSavingAndReopening() throws Exception {
        Diagrams diagram = new Diagrams(sample.openDiagram(SampleRegister.EXAMPLE));
        Problem problem = sample.review(SampleRegister.EXAMPLE).getAspects().get(1).getProblems().get(0);
        NodeLayout layout = diagram.diagram.layoutOf(problem);
        int x = layout.getX();
        int y = layout.getY();
        ChangeBoundsRequest move = new ChangeBoundsRequest(RequestConstants.REQ_MOVE);
        move.setEditParts(diagram.part(problem));
        move.setMoveDelta(new Point(-20, 700));
        diagram.viewer.select(diagram.part(problem));
        diagram.execute(diagram.part(problem).getCommand(move));
        assertEquals(y + 700, layout.getY());
        ChangeBoundsRequest resize = new ChangeBoundsRequest(RequestConstants.REQ_RESIZE);
        resize.setEditParts(diagram.part(problem));
        resize.setSizeDelta(new Dimension(40, 20));
        diagram.execute(diagram.part(problem).getCommand(resize));
        sample.register.save();

        String id = problem.eResource().getURIFragment(problem);
        sample.closeRegister();
        sample = SampleRegister.reopen(sample);
        Review review = sample.review(SampleRegister.EXAMPLE);
        Problem again = (Problem) review.eResource().getEObject(id);
        Diagrams reopened = new Diagrams(sample.openDiagram(SampleRegister.EXAMPLE));
        assertEquals(new Rectangle(x - 20, y + 700, Bounds.DEFAULT_WIDTH + 40, 72 + 20),
                reopened.figure(again).getBounds());
        assertTrue(OpenRegisters.get().registers().contains(sample.register));
    }

    @Test
    void refusesToMoveANodeIntoAnotherLane() throws Exception {
        Diagrams diagram = new Diagrams(sample.openDiagram(SampleRegister.EXAMPLE));
        Problem problem = sample.review(SampleRegister.EXAMPLE).getAspects().get(0).getProblems().get(1);
        ChangeBoundsRequest move = new ChangeBoundsRequest(RequestConstants.REQ_MOVE);
        move.setEditParts(diagram.part(problem));
        move.setMoveDelta(new Point(330, 0));
        diagram.viewer.select(diagram.part(problem));
        Command command = diagram.part(problem).getCommand(move);
        assertTrue(command == null || !command.canExecute(), "a problem among the causes");
        move.setMoveDelta(new Point(10, 0));
        assertTrue(diagram.part(problem).getCommand(move).canExecute(), "a little to the right stays in the lane");

        List<Object> all = new ArrayList<>(diagram.nodes());
        diagram.viewer.setSelection(new StructuredSelection(all));
        move.setMoveDelta(new Point(400, 0));
        assertTrue(diagram.part(problem).getCommand(move).canExecute(), "everything moves together");
    }
}
