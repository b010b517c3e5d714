package rectify.diagram.parts;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.tools.DirectEditManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import rectify.diagram.figures.NodeFigure;

/** Edits a node's headline in place, over the headline's area; Enter or leaving the field commits. */
final class HeadlineEditManager extends DirectEditManager {

    HeadlineEditManager(ElementEditPart part) {
        super(part, TextCellEditor.class, editor -> {
            NodeFigure figure = (NodeFigure) part.getFigure();
            Rectangle area = figure.headlineArea();
            figure.translateToAbsolute(area);
            editor.getControl().setBounds(area.x, area.y, area.width, area.height);
        });
    }

    @Override
    protected CellEditor createCellEditorOn(Composite composite) {
        return new HeadlineCellEditor(composite);
    }

    @Override
    protected void initCellEditor() {
        String headline = ((NodeFigure) getEditPart().getFigure()).headline();
        getCellEditor().setValue(headline);
        Text text = (Text) getCellEditor().getControl();
        text.setFont(JFaceResources.getDefaultFont());
        text.selectAll();
    }
}
