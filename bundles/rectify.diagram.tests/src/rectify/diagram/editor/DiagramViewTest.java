package rectify.diagram.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import rectify.chain.Link;
import rectify.chain.LinkKind;
import rectify.chain.commands.ChainCommands;
import rectify.chain.view.DiagramFilter;
import rectify.diagram.commands.GefCommand;
import rectify.diagram.export.DiagramExport;
import rectify.diagram.figures.DiagramColors;
import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.ChainElement;
import rectify.model.Measure;
import rectify.model.MeasureStatus;
import rectify.model.OrgUnit;
import rectify.model.Problem;
import rectify.model.Review;
import rectify.model.urgency.Urgency;
import rectify.ui.preferences.RectifyPreferences;

/** What the diagram shows: colours of measures, markers of the rules, the filter, and its exports. */
class DiagramViewTest {

    private SampleRegister sample;

    @BeforeEach
    void open() throws Exception {
        sample = SampleRegister.open();
    }

    @AfterEach
    void close() throws Exception {
        sample.close();
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(RectifyPreferences.QUALIFIER);
        preferences.remove(RectifyPreferences.WARNING_DAYS_EARLY);
        preferences.remove(RectifyPreferences.WARNING_DAYS_URGENT);
    }

    @Test
    void coloursMeasuresByStatusAndDeadline() throws Exception {
        Diagrams diagram = new Diagrams(sample.openDiagram(SampleRegister.EXAMPLE));
        Review review = sample.review(SampleRegister.EXAMPLE);
        Set<Urgency> seen = new HashSet<>();
        for (Measure measure : review.getDirections().stream().flatMap(d -> d.getMeasures().stream()).toList()) {
            Urgency state = Urgency.of(measure, LocalDate.now(), RectifyPreferences.thresholds());
            assertEquals(DiagramColors.fill(state), diagram.figure(measure).fill(), measure.getHeadline());
            seen.add(state);
        }
        assertTrue(seen.contains(Urgency.CLOSED) && seen.contains(Urgency.DONE),
                "the example has done and closed measures");
        assertEquals(DiagramColors.PAPER, diagram.figure(review.getCauses().get(0)).fill());

        Measure open = review.getDirections().get(1).getMeasures().get(1);
        assertEquals(MeasureStatus.IN_PROGRESS, open.getStatus());
        long days = ChronoUnit.DAYS.between(LocalDate.now(), open.getDeadline());
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(RectifyPreferences.QUALIFIER);
        preferences.putInt(RectifyPreferences.WARNING_DAYS_EARLY, (int) Math.abs(days) + 1);
        preferences.putInt(RectifyPreferences.WARNING_DAYS_URGENT, 0);
        UI.waitUntil(() -> diagram.diagram.thresholds().soonDays() == (int) Math.abs(days) + 1, 5,
                "the new thresholds");
        Urgency expected = days < 0 ? Urgency.OVERDUE : days == 0 ? Urgency.DUE_URGENT : Urgency.DUE_SOON;
        assertEquals(DiagramColors.fill(expected), diagram.figure(open).fill(),
                "the thresholds of the preferences apply");
    }

    @Test
    void marksElementsTheClosedLoopRulesComplainAbout() throws Exception {
        Diagrams diagram = new Diagrams(sample.openDiagram(SampleRegister.MEETING));
        Review review = sample.review(SampleRegister.MEETING);
        Problem problem = review.getAspects().get(0).getProblems().get(0);
        assertNotNull(diagram.figure(problem).marker(), "a problem without cause and measure is marked");
        assertEquals(Diagnostic.ERROR, diagram.figure(problem).marker().severity(), "an error: the meeting was held");
        assertEquals(2, diagram.figure(problem).marker().messages().size());

        Cause cause = review.getCauses().get(0);
        Measure measure = review.getDirections().get(0).getMeasures().get(0);
        diagram.execute(new GefCommand(ChainCommands.link(sample.register.domain(),
                new Link(LinkKind.CAUSED_BY, problem, cause))));
        diagram.execute(new GefCommand(ChainCommands.link(sample.register.domain(),
                new Link(LinkKind.ADDRESSES, measure, problem))));
        UI.waitUntil(() -> diagram.figure(problem).marker() == null, 10, "the marker to go once the rules are met");
        assertNotNull(diagram.figure(review.getAspects().get(0).getProblems().get(1)).marker(),
                "the others stay marked");
    }

    @Test
    void filtersOpenItemsAnAspectOrAUnit() throws Exception {
        Diagrams diagram = new Diagrams(sample.openDiagram(SampleRegister.EXAMPLE));
        Review review = sample.review(SampleRegister.EXAMPLE);
        int all = diagram.nodes().size();
        assertEquals(6 + 4 + 8, all);

        diagram.diagram.setFilter(DiagramFilter.NONE.withOpenOnly(true));
        for (ChainElement shown : diagram.diagram.elements()) {
            if (shown instanceof Measure measure) {
                assertTrue(measure.getStatus() == MeasureStatus.PLANNED
                        || measure.getStatus() == MeasureStatus.IN_PROGRESS);
            }
        }
        Measure closed = review.getDirections().get(0).getMeasures().get(0);
        assertEquals(MeasureStatus.CLOSED, closed.getStatus());
        assertFalse(diagram.shows(closed));
        Problem done = review.getAspects().get(1).getProblems().get(0);
        assertFalse(diagram.shows(done), "a problem whose measures are all done or closed is not open");
        assertEquals(diagram.diagram.elements().size(), diagram.nodes().size());
        assertTrue(diagram.nodes().size() < all);

        Aspect aspect = review.getAspects().get(2);
        diagram.diagram.setFilter(DiagramFilter.NONE.withAspect(aspect));
        for (ChainElement shown : diagram.diagram.elements()) {
            if (shown instanceof Problem problem) {
                assertEquals(aspect, problem.eContainer());
            }
        }
        assertEquals(2, diagram.diagram.elements().stream().filter(Problem.class::isInstance).count());
        assertTrue(diagram.shows(review.getCauses().get(3)), "the causes of the aspect's problems");
        assertFalse(diagram.shows(review.getCauses().get(0)));

        OrgUnit unit = review.getDirections().get(1).getMeasures().get(1).getResponsibleUnit();
        diagram.diagram.setFilter(DiagramFilter.NONE.withUnit(unit));
        assertTrue(diagram.diagram.elements().stream().filter(Measure.class::isInstance)
                .allMatch(m -> ((Measure) m).getResponsibleUnit() == unit));
        for (Object link : diagram.viewer.getEditPartRegistry().keySet()) {
            if (link instanceof Link shown) {
                assertTrue(diagram.diagram.isVisible(shown.source()) && diagram.diagram.isVisible(shown.target()));
            }
        }

        diagram.diagram.setFilter(DiagramFilter.NONE);
        assertEquals(all, diagram.nodes().size());
    }

    @Test
    void exportsPngAndSvgOfTheWholeDiagram() throws Exception {
        Diagrams diagram = new Diagrams(sample.openDiagram(SampleRegister.EXAMPLE));
        Path png = sample.folder.resolve("diagram.png");
        Path svg = sample.folder.resolve("diagram.svg");
        DiagramExport.png(diagram.viewer, png);
        DiagramExport.svg(diagram.viewer, svg);

        ImageData image = new ImageLoader().load(png.toString())[0];
        assertTrue(image.width > 3 * 240 && image.height > 8 * 72, image.width + "×" + image.height);

        byte[] bytes = Files.readAllBytes(svg);
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(bytes));
        assertEquals("svg", document.getDocumentElement().getNodeName());
        String text = new String(bytes, StandardCharsets.UTF_8);
        Review review = sample.review(SampleRegister.EXAMPLE);
        assertTrue(text.contains(review.getCauses().get(0).getHeadline()), "headlines are text");
        assertTrue(text.contains("stroke-dasharray"), "dashed links");
        NodeList rounded = document.getElementsByTagName("rect");
        int nodes = 0;
        for (int i = 0; i < rounded.getLength(); i++) {
            if (rounded.item(i).getAttributes().getNamedItem("rx") != null) {
                nodes++;
            }
        }
        assertTrue(nodes >= 18, "a rounded box for each node, found " + nodes);
        assertNull(document.getElementsByTagName("script").item(0));
    }
}
