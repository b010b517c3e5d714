package rectify.diagram.editor;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.ConnectionEditPart;
import org.eclipse.gef.EditDomain;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

import rectify.chain.Link;
import rectify.chain.view.Diagram;
import rectify.diagram.figures.NodeFigure;
import rectify.model.ChainElement;

/** An open diagram editor as tests drive it: its viewer, parts, figures, actions and mouse. */
final class Diagrams {

    final DiagramEditor editor;
    final GraphicalViewer viewer;
    final Diagram diagram;

    Diagrams(DiagramEditor editor) {
        this.editor = editor;
        this.viewer = (GraphicalViewer) editor.getAdapter(GraphicalViewer.class);
        this.diagram = (Diagram) editor.getAdapter(Diagram.class);
        UI.flush();
        viewer.getControl().getShell().layout(true, true);
        viewer.flush();
    }

    GraphicalEditPart part(Object model) {
        GraphicalEditPart part = (GraphicalEditPart) viewer.getEditPartRegistry().get(model);
        assertNotNull(part, "no edit part shows " + model);
        return part;
    }

    boolean shows(Object model) {
        return viewer.getEditPartRegistry().get(model) != null;
    }

    NodeFigure figure(ChainElement element) {
        return (NodeFigure) part(element).getFigure();
    }

    ConnectionEditPart link(Link link) {
        return (ConnectionEditPart) part(link);
    }

    List<?> nodes() {
        return viewer.getContents().getChildren();
    }

    CommandStack stack() {
        return viewer.getEditDomain().getCommandStack();
    }

    void execute(Command command) {
        assertNotNull(command, "no command");
        stack().execute(command);
        UI.flush();
    }

    IAction action(String id) {
        IAction action = ((ActionRegistry) editor.getAdapter(ActionRegistry.class)).getAction(id);
        assertNotNull(action, "no action " + id);
        return action;
    }

    /** @return the centre of an element's node in the viewer control's coordinates */
    Point centre(ChainElement element) {
        IFigure figure = figure(element);
        Rectangle bounds = figure.getBounds().getCopy();
        figure.translateToAbsolute(bounds);
        return bounds.getCenter();
    }

    /** @return a point of the diagram (as stored in layouts) in the viewer control's coordinates */
    Point onScreen(int x, int y) {
        Point point = new Point(x, y);
        ((GraphicalEditPart) viewer.getContents()).getFigure().translateToAbsolute(point);
        return point;
    }

    /** Clicks with the active tool of the edit domain at a point of the control. */
    void click(Point at) {
        EditDomain domain = viewer.getEditDomain();
        domain.mouseMove(mouse(at, 0), viewer);
        domain.mouseDown(mouse(at, 1), viewer);
        domain.mouseUp(mouse(at, 1), viewer);
        UI.flush();
    }

    /** @return the field of an edit in place going on, or {@code null} */
    Text cellEditor() {
        return Arrays.stream(((Composite) viewer.getControl()).getChildren()).filter(Text.class::isInstance)
                .map(Text.class::cast).filter(text -> !text.isDisposed() && text.isVisible()).findFirst().orElse(null);
    }

    /** Types {@code text} into the field of an edit in place and presses Enter. */
    void type(String text) {
        Text field = Objects.requireNonNull(cellEditor(), "no edit in place is going on");
        field.setText(text);
        Event enter = new Event();
        enter.character = '\r';
        enter.keyCode = SWT.CR;
        field.notifyListeners(SWT.KeyDown, enter);
        UI.flush();
    }

    private MouseEvent mouse(Point at, int button) {
        Event event = new Event();
        event.widget = viewer.getControl();
        event.display = viewer.getControl().getDisplay();
        event.x = at.x;
        event.y = at.y;
        event.button = button;
        return new MouseEvent(event);
    }
}
