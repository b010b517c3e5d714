package rectify.diagram.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.ConnectionEditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.swt.graphics.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import rectify.archive.internal.content.RecordDocument;
import rectify.archive.internal.layout.Diagram;
import rectify.chain.Link;
import rectify.chain.Reviews;
import rectify.diagram.figures.NodeFigure;
import rectify.model.ChainElement;
import rectify.model.Record;
import rectify.ui.preferences.RectifyPreferences;

/**
 * The archived diagram and the screen show the same nodes (with the same titles and fills), the same
 * links in the same direction, and the same placement: the archive is compared with the open
 * diagram editor, for the sample's worked example and for a new diagram laid out when it opens.
 */
class ArchivedDiagramTest {

    /** One link as drawn: from where, to where, in which colour. */
    private record Arrow(ChainElement from, ChainElement to, int rgb) {
    }

    private SampleRegister sample;

    @BeforeEach
    void open() throws Exception {
        sample = SampleRegister.open();
    }

    @AfterEach
    void close() throws Exception {
        sample.close();
    }

    @Test
    void theArchiveDrawsTheWorkedExampleAsTheEditorShowsIt() throws Exception {
        assertSameDrawing(new Diagrams(sample.openDiagram(SampleRegister.EXAMPLE)),
                sample.record(SampleRegister.EXAMPLE));
    }

    @Test
    void aNewDiagramLaidOutWhenItOpensIsArchivedThatWay() throws Exception {
        Record meeting = sample.record(SampleRegister.MEETING);
        assertTrue(meeting.getReview().getLayout() == null, "the 2021 meeting has no layout yet");
        assertSameDrawing(new Diagrams(sample.openDiagram(SampleRegister.MEETING)), meeting);
    }

    private static void assertSameDrawing(Diagrams screen, Record record) {
        List<ChainElement> elements = Reviews.elements(record.getReview());
        Diagram archived = RecordDocument.diagram(record, LocalDate.now(), RectifyPreferences.thresholds());
        assertEquals(elements.size(), screen.nodes().size(), "the editor shows every element");
        assertEquals(elements.size(), archived.nodes().size(), "the archive draws every element");
        for (int i = 0; i < elements.size(); i++) {
            ChainElement element = elements.get(i);
            Diagram.Node node = archived.nodes().get(i);
            NodeFigure figure = screen.figure(element);
            String name = figure.title() + " " + element.getHeadline();
            assertEquals(figure.getBounds(), new Rectangle((int) node.x(), (int) node.y(), (int) node.width(),
                    (int) node.height()), name + ": the same place and size");
            assertEquals(figure.title(), node.label(), name + ": the same title and number");
            assertEquals(rgb(figure.fill()), node.fill(), name + ": the same fill");
        }
        Set<Arrow> shown = new HashSet<>();
        for (Object part : screen.nodes()) {
            for (Object connection : ((GraphicalEditPart) part).getSourceConnections()) {
                Link link = (Link) ((ConnectionEditPart) connection).getModel();
                assertTrue(link.kind().source().holds(link.source()), "drawn from its source: " + link);
                shown.add(new Arrow(link.source(), link.target(), link.kind().rgb()));
            }
        }
        Set<Arrow> drawn = new HashSet<>();
        for (Diagram.Edge edge : archived.edges()) {
            drawn.add(new Arrow(elements.get(edge.from()), elements.get(edge.to()), edge.line().rgb()));
        }
        assertEquals(shown, drawn, "the same links in the same direction and colour");
        assertEquals(Link.among(elements).size(), drawn.size());
        assertFalse(record.getYear() == SampleRegister.EXAMPLE && drawn.isEmpty(), "the example is linked");
    }

    private static int rgb(Color color) {
        return color.getRed() << 16 | color.getGreen() << 8 | color.getBlue();
    }
}
