package rectify.diagram.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editparts.LayerManager;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.CreateRequest;
import org.eclipse.gef.tools.ConnectionCreationTool;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import rectify.chain.Link;
import rectify.chain.LinkKind;
import rectify.chain.internal.Messages;
import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.ChainElement;
import rectify.model.Measure;
import rectify.model.NodeLayout;
import rectify.model.Problem;
import rectify.model.RectifyFactory;
import rectify.model.RectifyPackage.Literals;
import rectify.model.Review;

/**
 * Editing in the diagram through GEF's requests and tools, each edit one command on the
 * register's command stack, shared with the forms.
 */
class DiagramEditingTest {

    private SampleRegister sample;
    private Review review;
    private Diagrams diagram;
    private BasicCommandStack emf;

    @BeforeEach
    void open() throws Exception {
        sample = SampleRegister.open();
        review = sample.review(SampleRegister.EXAMPLE);
        diagram = new Diagrams(sample.openDiagram(SampleRegister.EXAMPLE));
        emf = (BasicCommandStack) sample.register.domain().getCommandStack();
    }

    @AfterEach
    void close() throws Exception {
        sample.close();
    }

    private Problem problem(int aspect, int number) {
        return review.getAspects().get(aspect - 1).getProblems().get(number - 1);
    }

    private Measure measure(int direction, int number) {
        return review.getDirections().get(direction - 1).getMeasures().get(number - 1);
    }

    private Cause cause(int number) {
        return review.getCauses().get(number - 1);
    }

    private Command connect(LinkKind kind, ChainElement source, ChainElement target) {
        CreateConnectionRequest request = new CreateConnectionRequest();
        request.setFactory(new PaletteFactory(kind, () -> kind));
        request.setType(RequestConstants.REQ_CONNECTION_START);
        request.setTargetEditPart(diagram.part(source));
        request.setSourceEditPart(diagram.part(source));
        Command start = diagram.part(source).getCommand(request);
        if (start == null) {
            return null;
        }
        request.setType(RequestConstants.REQ_CONNECTION_END);
        request.setTargetEditPart(diagram.part(target));
        return diagram.part(target).getCommand(request);
    }

    @Test
    void createsANodeThroughACreateRequest() {
        int before = review.getCauses().size();
        CreateRequest request = new CreateRequest();
        request.setFactory(new PaletteFactory(Literals.CAUSE, () -> RectifyFactory.eINSTANCE.createCause()));
        request.setLocation(diagram.onScreen(420, 900));
        diagram.execute(diagram.viewer.getContents().getCommand(request));

        assertEquals(before + 1, review.getCauses().size());
        Cause created = review.getCauses().get(before);
        assertEquals(before + 1, created.getNumber(), "numbered next");
        assertEquals(Messages.newCause, created.getHeadline());
        NodeLayout layout = diagram.diagram.layoutOf(created);
        assertNotNull(layout, "its place is stored");
        assertEquals(420, layout.getX());
        assertEquals(900, layout.getY());
        assertTrue(diagram.shows(created));

        emf.undo();
        UI.flush();
        assertEquals(before, review.getCauses().size());
        assertFalse(diagram.shows(created));
        assertNull(diagram.diagram.layoutOf(created));
        emf.redo();
        UI.flush();
        assertTrue(diagram.shows(created));
    }

    @Test
    void createsAProblemWithThePaletteToolAndTypesItsHeadline() {
        Problem above = problem(2, 2);
        int before = ((Aspect) above.eContainer()).getProblems().size();
        HeadlineCreationTool tool = new HeadlineCreationTool();
        tool.setFactory(new PaletteFactory(Literals.PROBLEM, () -> RectifyFactory.eINSTANCE.createProblem()));
        diagram.viewer.getEditDomain().setActiveTool(tool);
        NodeLayout layout = diagram.diagram.layoutOf(above);
        // in the gap below the problem
        diagram.click(diagram.onScreen(layout.getX(), layout.getY() + layout.getHeight() + 8));
        UI.flush();

        Aspect aspect = (Aspect) above.eContainer();
        assertEquals(before + 1, aspect.getProblems().size(),
                "the new problem goes to the aspect of the problem above it");
        Problem created = aspect.getProblems().get(before);
        assertNotNull(diagram.cellEditor(), "the headline is edited in place at once");
        diagram.type("数据共享平台建设滞后。");
        assertEquals("数据共享平台建设滞后。", created.getHeadline());
        assertEquals("数据共享平台建设滞后。", diagram.figure(created).headline());
    }

    @Test
    void connectsWithThePaletteTool() {
        Problem problem = problem(1, 1);
        Cause cause = cause(3);
        assertFalse(problem.getCauses().contains(cause));
        ConnectionCreationTool tool = new ConnectionCreationTool(
                new PaletteFactory(LinkKind.CAUSED_BY, () -> LinkKind.CAUSED_BY));
        diagram.viewer.getEditDomain().setActiveTool(tool);
        diagram.click(diagram.centre(problem));
        diagram.click(diagram.centre(cause));
        diagram.viewer.getEditDomain().loadDefaultTool();

        assertTrue(problem.getCauses().contains(cause), "the problem is caused by the cause");
        assertTrue(cause.getProblems().contains(problem), "and the opposite is set");
        assertTrue(diagram.shows(new Link(LinkKind.CAUSED_BY, problem, cause)));
        assertEquals(diagram.part(problem), diagram.link(new Link(LinkKind.CAUSED_BY, problem, cause)).getSource());
    }

    @Test
    void connectsThroughRequestsAndUndoesOnTheSharedStack() {
        Measure measure = measure(3, 1);
        Problem problem = problem(1, 2);
        Command link = connect(LinkKind.ADDRESSES, measure, problem);
        assertNotNull(link);
        assertEquals(Messages.commandLink.replace("{0}", LinkKind.ADDRESSES.label()), link.getLabel());
        diagram.execute(link);
        Link drawn = new Link(LinkKind.ADDRESSES, measure, problem);
        assertTrue(measure.getProblems().contains(problem));
        assertTrue(diagram.shows(drawn));
        assertTrue(diagram.editor.isDirty());

        emf.undo();
        UI.flush();
        assertFalse(measure.getProblems().contains(problem));
        assertFalse(diagram.shows(drawn), "the forms' undo takes the link out of the diagram");
        diagram.stack().redo();
        UI.flush();
        assertTrue(diagram.shows(drawn), "the diagram's redo puts it back");
    }

    @Test
    void refusesLinksInTheWrongDirectionBetweenWrongElementsOrTwice() {
        Problem problem = problem(1, 1);
        Cause cause = cause(1);
        Measure measure = measure(1, 1);
        assertNull(connect(LinkKind.CAUSED_BY, cause, problem), "caused by starts at a problem");
        assertNull(connect(LinkKind.REMEDIES, cause, measure), "a cause does not remedy a measure");
        assertNull(connect(LinkKind.ADDRESSES, measure, cause), "addresses ends at a problem");
        assertTrue(problem.getCauses().contains(cause));
        assertNull(connect(LinkKind.CAUSED_BY, problem, cause), "the link is there already");
        assertFalse(emf.canRedo());
    }

    @Test
    void showsWhyALinkIsRefusedWhileTheToolHovers() {
        Problem problem = problem(1, 1);
        Cause cause = cause(1);
        CreateConnectionRequest request = new CreateConnectionRequest();
        request.setFactory(new PaletteFactory(LinkKind.CAUSED_BY, () -> LinkKind.CAUSED_BY));
        request.setType(RequestConstants.REQ_CONNECTION_START);
        request.setSourceEditPart(diagram.part(problem));
        request.setTargetEditPart(diagram.part(problem));
        diagram.part(problem).getCommand(request);
        request.setType(RequestConstants.REQ_CONNECTION_END);
        request.setTargetEditPart(diagram.part(cause));
        diagram.part(cause).showTargetFeedback(request);
        assertEquals("二者之间已有“成因”关联。", feedback(), "the duplicate is named");
        diagram.part(cause).eraseTargetFeedback(request);
        assertNull(feedback());

        request.setType(RequestConstants.REQ_CONNECTION_START);
        request.setSourceEditPart(null);
        request.setTargetEditPart(diagram.part(cause));
        diagram.part(cause).showTargetFeedback(request);
        assertEquals("“成因”关联应从问题出发。", feedback());
        diagram.part(cause).eraseTargetFeedback(request);
    }

    private String feedback() {
        IFigure layer = LayerManager.Helper.find(diagram.viewer.getContents()).getLayer(LayerConstants.FEEDBACK_LAYER);
        for (Object child : layer.getChildren()) {
            if (child instanceof Label label) {
                return label.getText();
            }
        }
        return null;
    }

    @Test
    void editsAHeadlineInPlace() {
        Cause cause = cause(2);
        String before = cause.getHeadline();
        diagram.part(cause).performRequest(new Request(RequestConstants.REQ_DIRECT_EDIT));
        UI.flush();
        assertEquals(before, diagram.cellEditor().getText());
        diagram.type("宗旨意识\n有所淡化，联系群众不够。");
        assertEquals("宗旨意识 有所淡化，联系群众不够。", cause.getHeadline(), "one line");
        assertEquals(Messages.commandRename, emf.getUndoCommand().getLabel());
        emf.undo();
        UI.flush();
        assertEquals(before, diagram.figure(cause).headline());
    }

    @Test
    void deletesNodesAndLinksAsOneCommand() {
        Measure measure = measure(2, 1);
        Cause cause = cause(3);
        Problem problem = problem(2, 2);
        Link link = new Link(LinkKind.CAUSED_BY, problem, cause);
        List<EditPart> selected = List.of(diagram.part(measure), diagram.part(link));
        diagram.viewer.setSelection(new StructuredSelection(selected));
        UI.flush();
        diagram.action(ActionFactory.DELETE.getId()).run();
        UI.flush();

        assertNull(measure.eContainer(), "the measure is deleted");
        assertFalse(diagram.shows(measure));
        assertNull(diagram.diagram.layoutOf(measure), "with its place");
        assertFalse(problem.getCauses().contains(cause), "the link is removed");
        assertTrue(review.getCauses().contains(cause), "its ends stay");
        assertTrue(review.getLayout().getNodes().stream().allMatch(n -> n.getElement() != null));

        emf.undo();
        UI.flush();
        assertTrue(diagram.shows(measure));
        assertTrue(problem.getCauses().contains(cause));
        assertNotNull(diagram.diagram.layoutOf(measure));
        assertTrue(diagram.shows(new Link(LinkKind.ADDRESSES, measure, problem(2, 1))),
                "the measure's links come back");
    }

    @Test
    void showsAChangeMadeInTheFormsAtOnce() {
        Problem problem = problem(1, 1);
        emf.execute(SetCommand.create(sample.register.domain(), problem, Literals.CHAIN_ELEMENT__HEADLINE, "学用脱节。"));
        assertEquals("学用脱节。", diagram.figure(problem).headline(), "without waiting");
        assertTrue(diagram.stack().canUndo());
        diagram.stack().undo();
        assertEquals("理论学习与业务工作结合不够紧密。", problem.getHeadline(), "the diagram undoes the forms' change");

        Measure measure = measure(1, 2);
        emf.execute(SetCommand.create(sample.register.domain(), measure, Literals.MEASURE__PROBLEMS,
                List.of(problem(1, 1), problem(1, 2))));
        assertTrue(diagram.shows(new Link(LinkKind.ADDRESSES, measure, problem(1, 1))));
    }

    @Test
    void movesAmongNodesWithTheKeyboard() {
        GraphicalEditPart first = diagram.part(problem(1, 1));
        diagram.viewer.select(first);
        diagram.viewer.setFocus(first);
        Event key = new Event();
        key.widget = diagram.viewer.getControl();
        key.keyCode = SWT.ARROW_DOWN;
        diagram.viewer.getKeyHandler().keyPressed(new KeyEvent(key));
        assertSame(diagram.part(problem(1, 2)), diagram.viewer.getFocusEditPart(), "down goes to the node below");
        key.keyCode = SWT.ARROW_RIGHT;
        diagram.viewer.getKeyHandler().keyPressed(new KeyEvent(key));
        assertTrue(diagram.viewer.getFocusEditPart().getModel() instanceof Cause, "right goes to the causes");
    }

    @Test
    void createsWhereTheLanesAllowOnly() {
        CreateRequest request = new CreateRequest();
        request.setFactory(new PaletteFactory(Literals.PROBLEM, () -> RectifyFactory.eINSTANCE.createProblem()));
        request.setLocation(diagram.onScreen(700, 900));
        assertNull(diagram.viewer.getContents().getCommand(request), "no problem among the measures");
        Point inLane = diagram.onScreen(40, 900);
        request.setLocation(inLane);
        assertNotNull(diagram.viewer.getContents().getCommand(request));
    }
}
