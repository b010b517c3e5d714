package rectify.diagram.parts;

import java.util.List;
import java.util.Set;

import org.eclipse.draw2d.ChopboxAnchor;
import org.eclipse.draw2d.ConnectionAnchor;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.ConnectionEditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.NodeEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;

import rectify.chain.Lane;
import rectify.chain.Link;
import rectify.chain.layout.Bounds;
import rectify.chain.view.Diagram;
import rectify.chain.view.NodeTexts;
import rectify.diagram.figures.DiagramColors;
import rectify.diagram.figures.NodeFigure;
import rectify.diagram.policies.ElementDeletePolicy;
import rectify.diagram.policies.HeadlineEditPolicy;
import rectify.diagram.policies.LinkCreationPolicy;
import rectify.model.ChainElement;
import rectify.model.Measure;
import rectify.model.NodeLayout;
import rectify.model.RectifyPackage.Literals;

/** A problem, cause or measure: a node that follows its element through an EMF adapter. */
final class ElementEditPart extends AbstractGraphicalEditPart implements NodeEditPart {

    private static final Set<Object> LINKS = Set.of(Literals.PROBLEM__CAUSES, Literals.CAUSE__PROBLEMS,
            Literals.PROBLEM__MEASURES, Literals.MEASURE__PROBLEMS, Literals.CAUSE__MEASURES, Literals.MEASURE__CAUSES);

    private final Adapter listener = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification notification) {
            if (!notification.isTouch()) {
                elementChanged(notification);
            }
        }
    };

    ElementEditPart(ChainElement element) {
        setModel(element);
    }

    @Override
    public ChainElement getModel() {
        return (ChainElement) super.getModel();
    }

    @Override
    protected IFigure createFigure() {
        NodeFigure figure = new NodeFigure(Lane.of(getModel()));
        figure.setToolTip(new Label());
        return figure;
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new ElementDeletePolicy());
        installEditPolicy(EditPolicy.GRAPHICAL_NODE_ROLE, new LinkCreationPolicy());
        installEditPolicy(EditPolicy.DIRECT_EDIT_ROLE, new HeadlineEditPolicy());
    }

    @Override
    public void activate() {
        super.activate();
        getModel().eAdapters().add(listener);
    }

    @Override
    public void deactivate() {
        getModel().eAdapters().remove(listener);
        super.deactivate();
    }

    @Override
    protected List<Link> getModelSourceConnections() {
        return diagram().outgoing(getModel());
    }

    @Override
    protected List<Link> getModelTargetConnections() {
        return diagram().incoming(getModel());
    }

    @Override
    protected void refreshVisuals() {
        ChainElement element = getModel();
        Diagram diagram = diagram();
        NodeFigure figure = (NodeFigure) getFigure();
        figure.setTexts(NodeTexts.title(element), NodeTexts.detail(element),
                element.getHeadline() == null ? "" : element.getHeadline());
        figure.setFill(element instanceof Measure measure ? DiagramColors.fill(diagram.stateOf(measure))
                : DiagramColors.PAPER);
        figure.setMarker(diagram.markerOf(element));
        NodeLayout layout = diagram.layoutOf(element);
        figure.setPinned(layout != null && layout.isPinned());
        ((Label) figure.getToolTip()).setText(NodeTexts.tooltip(diagram, element));
        Bounds bounds = diagram.boundsOf(element);
        ((GraphicalEditPart) getParent()).setLayoutConstraint(this, figure,
                new Rectangle(bounds.x(), bounds.y(), bounds.width(), bounds.height()));
    }

    @Override
    public void performRequest(Request request) {
        if ((RequestConstants.REQ_DIRECT_EDIT.equals(request.getType())
                || RequestConstants.REQ_OPEN.equals(request.getType()))
                && understandsRequest(new Request(RequestConstants.REQ_DIRECT_EDIT))) {
            new HeadlineEditManager(this).show();
        }
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(ConnectionEditPart connection) {
        return new ChopboxAnchor(getFigure());
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(ConnectionEditPart connection) {
        return new ChopboxAnchor(getFigure());
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(Request request) {
        return new ChopboxAnchor(getFigure());
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(Request request) {
        return new ChopboxAnchor(getFigure());
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object getAdapter(Class type) {
        return type == EObject.class || type == ChainElement.class ? getModel() : super.getAdapter(type);
    }

    private Diagram diagram() {
        return (Diagram) getParent().getModel();
    }

    /** Shows the links to and from elements shown, after elements were hidden or shown. */
    void refreshLinks() {
        refreshSourceConnections();
        refreshTargetConnections();
    }

    private void elementChanged(Notification notification) {
        if (LINKS.contains(notification.getFeature())) {
            refreshLinks();
        } else {
            refreshVisuals();
        }
    }
}
