package rectify.chain.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import rectify.chain.Link;
import rectify.chain.internal.Messages;
import rectify.chain.layout.AutoLayout;
import rectify.chain.layout.Bounds;
import rectify.chain.layout.Placement;
import rectify.model.ChainElement;
import rectify.model.DiagramLayout;
import rectify.model.NodeLayout;
import rectify.model.RectifyFactory;
import rectify.model.RectifyPackage.Literals;
import rectify.model.Review;

/**
 * The EMF commands that store where nodes are drawn, in the review's {@link DiagramLayout}: placing,
 * pinning, and arranging them automatically.
 */
public final class LayoutCommands {

    private LayoutCommands() {
    }

    /**
     * Stores the bounds of elements, creating the review's layout and the elements' node
     * layouts where they are missing; only what changes is set.
     *
     * @return the command; it cannot execute when nothing changes
     */
    public static Command place(EditingDomain domain, Review review, Map<ChainElement, Bounds> bounds) {
        return place(domain, review, bounds, Messages.commandPlace);
    }

    /**
     * Arranges nodes with the {@link AutoLayout} and stores where they go.
     *
     * @param domain the register's editing domain
     * @param review the review the nodes show
     * @param nodes the nodes, in document order, each with its size and whether it is pinned
     * @param links the links between them
     * @return the command; it cannot execute when nothing moves
     */
    public static Command arrange(EditingDomain domain, Review review, List<AutoLayout.Node> nodes,
            Collection<Link> links) {
        return place(domain, review, AutoLayout.arrange(nodes, links), Messages.commandAutoLayout);
    }

    /**
     * Stores the bounds of elements as {@link #place(EditingDomain, Review, Map)} does, under
     * another label, e.g. Move.
     */
    public static Command place(EditingDomain domain, Review review, Map<ChainElement, Bounds> bounds, String label) {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(review, "review");
        Map<ChainElement, NodeLayout> nodes = Placement.layouts(review);
        CompoundCommand command = new CompoundCommand(label);
        List<NodeLayout> created = new ArrayList<>();
        bounds.forEach((element, at) -> {
            NodeLayout node = nodes.get(element);
            if (node == null) {
                created.add(newNode(element, at, false));
            } else {
                set(domain, command, node, Literals.NODE_LAYOUT__X, node.getX(), at.x());
                set(domain, command, node, Literals.NODE_LAYOUT__Y, node.getY(), at.y());
                set(domain, command, node, Literals.NODE_LAYOUT__WIDTH, node.getWidth(), at.width());
                set(domain, command, node, Literals.NODE_LAYOUT__HEIGHT, node.getHeight(), at.height());
            }
        });
        add(domain, command, review, created);
        return command;
    }

    /**
     * Pins or unpins elements: auto-layout leaves pinned nodes where they are.
     *
     * @param bounds the elements with where they are drawn now, stored for those without a layout
     * @param pinned whether to pin them
     * @return the command; it cannot execute when nothing changes
     */
    public static Command pin(EditingDomain domain, Review review, Map<ChainElement, Bounds> bounds, boolean pinned) {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(review, "review");
        Map<ChainElement, NodeLayout> nodes = Placement.layouts(review);
        CompoundCommand command = new CompoundCommand(pinned ? Messages.commandPin : Messages.commandUnpin);
        List<NodeLayout> created = new ArrayList<>();
        bounds.forEach((element, at) -> {
            NodeLayout node = nodes.get(element);
            if (node == null) {
                created.add(newNode(element, at, pinned));
            } else if (node.isPinned() != pinned) {
                command.append(new SetCommand(domain, node, Literals.NODE_LAYOUT__PINNED, pinned));
            }
        });
        add(domain, command, review, created);
        return command;
    }

    private static NodeLayout newNode(ChainElement element, Bounds at, boolean pinned) {
        NodeLayout node = RectifyFactory.eINSTANCE.createNodeLayout();
        node.setElement(element);
        node.setX(at.x());
        node.setY(at.y());
        node.setWidth(at.width());
        node.setHeight(at.height());
        node.setPinned(pinned);
        return node;
    }

    private static void set(EditingDomain domain, CompoundCommand command, NodeLayout node, EAttribute attribute,
            int from, int to) {
        if (from != to) {
            command.append(new SetCommand(domain, node, attribute, to));
        }
    }

    private static void add(EditingDomain domain, CompoundCommand command, Review review, List<NodeLayout> created) {
        if (created.isEmpty()) {
            return;
        }
        if (review.getLayout() == null) {
            DiagramLayout layout = RectifyFactory.eINSTANCE.createDiagramLayout();
            layout.getNodes().addAll(created);
            command.append(new SetCommand(domain, review, Literals.REVIEW__LAYOUT, layout));
        } else {
            command.append(new AddCommand(domain, review.getLayout(), Literals.DIAGRAM_LAYOUT__NODES, created));
        }
    }
}
