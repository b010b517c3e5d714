package rectify.diagram.parts;

import java.util.List;
import java.util.Set;

import org.eclipse.draw2d.ConnectionRouter;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.ShortestPathConnectionRouter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.editparts.LayerManager;
import org.eclipse.gef.editpolicies.RootComponentEditPolicy;

import rectify.chain.LinkKind;
import rectify.chain.view.Diagram;
import rectify.diagram.figures.DiagramFigure;
import rectify.diagram.figures.LaneLayer;
import rectify.diagram.policies.DiagramLayoutPolicy;
import rectify.model.Aspect;
import rectify.model.ChainElement;
import rectify.model.Direction;
import rectify.model.NodeLayout;
import rectify.model.RectifyPackage.Literals;

/**
 * The diagram: the nodes of the elements shown, over the lanes. It follows the whole review
 * through an EMF content adapter: elements added or removed (and, with a filter, whatever the
 * filter looks at) change its children; layout changes move the nodes concerned.
 */
final class DiagramEditPart extends AbstractGraphicalEditPart {

    /** Diagrams up to this many nodes route long links around the nodes; larger ones draw them straight. */
    private static final int ROUTED_NODES = 200;

    /** Features whose changes add or remove nodes. */
    private static final Set<Object> CONTENTS = Set.of(Literals.REVIEW__ASPECTS, Literals.ASPECT__PROBLEMS,
            Literals.REVIEW__CAUSES, Literals.REVIEW__DIRECTIONS, Literals.DIRECTION__MEASURES);

    /** Features a filter looks at, besides the contents. */
    private static final Set<Object> FILTERED = Set.of(Literals.MEASURE__STATUS, Literals.MEASURE__RESPONSIBLE_UNIT,
            Literals.PROBLEM__CAUSES, Literals.CAUSE__PROBLEMS, Literals.PROBLEM__MEASURES, Literals.MEASURE__PROBLEMS,
            Literals.CAUSE__MEASURES, Literals.MEASURE__CAUSES);

    /** Features that say which node layouts there are. */
    private static final Set<Object> LAYOUTS = Set.of(Literals.REVIEW__LAYOUT, Literals.DIAGRAM_LAYOUT__NODES,
            Literals.NODE_LAYOUT__ELEMENT);

    private final EContentAdapter listener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch()) {
                reviewChanged(notification);
            }
        }
    };

    private final Runnable viewListener = this::viewChanged;
    private ShortestPathConnectionRouter around;

    DiagramEditPart(Diagram diagram) {
        setModel(diagram);
    }

    @Override
    public Diagram getModel() {
        return (Diagram) super.getModel();
    }

    @Override
    protected IFigure createFigure() {
        DiagramFigure figure = new DiagramFigure();
        around = new ShortestPathConnectionRouter(figure);
        around.setSpacing(8);
        return figure;
    }

    /**
     * @return how to route links of a kind: the long ones, from a measure to a problem across the
     *         causes, around the nodes while the diagram is small enough; the others straight
     */
    ConnectionRouter routerFor(LinkKind kind) {
        boolean across = kind.source().ordinal() - kind.target().ordinal() > 1;
        return across && getModel().size() <= ROUTED_NODES ? around : ConnectionRouter.NULL;
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.LAYOUT_ROLE, new DiagramLayoutPolicy());
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new RootComponentEditPolicy());
    }

    @Override
    protected List<ChainElement> getModelChildren() {
        return getModel().elements();
    }

    @Override
    public void activate() {
        super.activate();
        getModel().review().eAdapters().add(listener);
        getModel().addListener(viewListener);
        if (lanes() != null) {
            lanes().setThresholds(getModel().thresholds());
            lanes().follow((DiagramFigure) getFigure());
        }
    }

    @Override
    public void deactivate() {
        if (lanes() != null) {
            lanes().follow(null);
        }
        getModel().removeListener(viewListener);
        getModel().review().eAdapters().remove(listener);
        super.deactivate();
    }

    /** @return the layer of lanes beneath the nodes, when the root has one */
    private LaneLayer lanes() {
        return LayerManager.Helper.find(this).getLayer(LaneLayer.ID) instanceof LaneLayer lanes ? lanes : null;
    }

    private void reviewChanged(Notification notification) {
        Object feature = notification.getFeature();
        Diagram diagram = getModel();
        if (CONTENTS.contains(feature) || diagram.filter().isActive() && FILTERED.contains(feature)) {
            diagram.structureChanged();
            refreshChildren();
            refreshNodes();
            refreshLinks();
        } else if (LAYOUTS.contains(feature)) {
            diagram.layoutChanged();
            refreshNodes();
        } else if (notification.getNotifier() instanceof NodeLayout node) {
            diagram.boundsChanged();
            refreshNode(node.getElement());
            diagram.unlaid().forEach(this::refreshNode);
        } else if (notification.getNotifier() instanceof Aspect || notification.getNotifier() instanceof Direction) {
            // numbers and details of the nodes below follow their aspect or direction
            refreshNodes();
        }
    }

    private void viewChanged() {
        if (lanes() != null) {
            lanes().setThresholds(getModel().thresholds());
        }
        refreshChildren();
        refreshNodes();
        refreshLinks();
    }

    private void refreshLinks() {
        for (Object child : getChildren()) {
            if (child instanceof ElementEditPart node) {
                node.refreshLinks();
                for (Object connection : node.getSourceConnections()) {
                    // the routing follows the size of the diagram
                    ((LinkEditPart) connection).refreshVisuals();
                }
            }
        }
    }

    private void refreshNodes() {
        for (Object child : getChildren()) {
            if (child instanceof ElementEditPart node) {
                node.refreshVisuals();
            }
        }
    }

    private void refreshNode(ChainElement element) {
        if (getViewer().getEditPartRegistry().get(element) instanceof ElementEditPart node) {
            node.refreshVisuals();
        }
    }
}
