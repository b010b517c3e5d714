package rectify.diagram.policies;

import org.eclipse.gef.EditPart;

import rectify.chain.view.Diagram;

/** What policies need of the diagram their host belongs to. */
final class Hosts {

    private Hosts() {
    }

    /** @return the diagram shown by the viewer of {@code part} */
    static Diagram diagram(EditPart part) {
        return (Diagram) part.getViewer().getContents().getModel();
    }
}
