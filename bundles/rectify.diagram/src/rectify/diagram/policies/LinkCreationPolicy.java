package rectify.diagram.policies;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.command.IdentityCommand;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.GraphicalNodeEditPolicy;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.ReconnectRequest;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.ui.IEditorPart;

import rectify.chain.Link;
import rectify.chain.LinkKind;
import rectify.chain.LinkRules;
import rectify.chain.commands.ChainCommands;
import rectify.chain.view.Diagram;
import rectify.diagram.commands.GefCommand;
import rectify.diagram.figures.DiagramColors;
import rectify.model.ChainElement;

/**
 * Draws links between nodes by the {@linkplain LinkRules rules}: a link of the wrong direction,
 * between the wrong kinds of element or already there is refused, and while the tool hovers the
 * reason shows next to the node and in the status line.
 */
public final class LinkCreationPolicy extends GraphicalNodeEditPolicy {

    private Label refusal;

    @Override
    protected Command getConnectionCreateCommand(CreateConnectionRequest request) {
        if (!(request.getNewObject() instanceof LinkKind kind)
                || LinkRules.refusalToStart(kind, getHost().getModel()) != null) {
            return null;
        }
        Command start = new GefCommand(new IdentityCommand(kind.label()));
        request.setStartCommand(start);
        return start;
    }

    @Override
    protected Command getConnectionCompleteCommand(CreateConnectionRequest request) {
        if (request.getStartCommand() == null || !(request.getNewObject() instanceof LinkKind kind)
                || refusalOf(request) != null) {
            return null;
        }
        Diagram diagram = Hosts.diagram(getHost());
        Link link = new Link(kind, (ChainElement) request.getSourceEditPart().getModel(),
                (ChainElement) getHost().getModel());
        return new GefCommand(ChainCommands.link(diagram.domain(), link));
    }

    /** Links are not moved to other elements: delete one and draw another. */
    @Override
    protected Command getReconnectSourceCommand(ReconnectRequest request) {
        return null;
    }

    /** Links are not moved to other elements: delete one and draw another. */
    @Override
    protected Command getReconnectTargetCommand(ReconnectRequest request) {
        return null;
    }

    @Override
    public void showTargetFeedback(Request request) {
        super.showTargetFeedback(request);
        if (request instanceof CreateConnectionRequest connection) {
            showRefusal(refusalOf(connection));
        }
    }

    @Override
    public void eraseTargetFeedback(Request request) {
        super.eraseTargetFeedback(request);
        showRefusal(null);
    }

    @Override
    public void deactivate() {
        showRefusal(null);
        super.deactivate();
    }

    /** @return why the link the request would draw is refused, or {@code null} */
    private String refusalOf(CreateConnectionRequest request) {
        if (!(request.getNewObject() instanceof LinkKind kind)) {
            return null;
        }
        Object host = getHost().getModel();
        if (RequestConstants.REQ_CONNECTION_START.equals(request.getType()) || request.getSourceEditPart() == null) {
            return LinkRules.refusalToStart(kind, host);
        }
        return LinkRules.refusal(kind, request.getSourceEditPart().getModel(), host);
    }

    private void showRefusal(String reason) {
        if (refusal != null) {
            removeFeedback(refusal);
            refusal = null;
        }
        if (reason != null) {
            refusal = new Label(reason);
            refusal.setFont(JFaceResources.getDefaultFont());
            refusal.setOpaque(true);
            refusal.setBackgroundColor(DiagramColors.REFUSAL);
            refusal.setForegroundColor(ColorConstants.white);
            refusal.setBorder(new MarginBorder(3, 6, 3, 6));
            IFigure node = ((GraphicalEditPart) getHost()).getFigure();
            Rectangle bounds = node.getBounds().getCopy();
            node.translateToAbsolute(bounds);
            getFeedbackLayer().translateToRelative(bounds);
            Dimension size = refusal.getPreferredSize();
            refusal.setBounds(new Rectangle(bounds.x, bounds.y - size.height - 4, size.width, size.height));
            addFeedback(refusal);
        }
        status(reason);
    }

    private void status(String reason) {
        if (getHost().getViewer() != null
                && getHost().getViewer().getEditDomain() instanceof DefaultEditDomain domain) {
            IEditorPart editor = domain.getEditorPart();
            if (editor != null) {
                IStatusLineManager status = editor.getEditorSite().getActionBars().getStatusLineManager();
                status.setErrorMessage(reason);
            }
        }
    }
}
