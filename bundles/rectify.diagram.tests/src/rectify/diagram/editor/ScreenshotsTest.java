package rectify.diagram.editor;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import rectify.chain.LinkKind;
import rectify.chain.view.DiagramFilter;
import rectify.diagram.export.DiagramExport;
import rectify.model.Review;

/**
 * Screenshots and exports of the sample's diagrams, to look at: run with
 * {@code -Drectify.diagram.screenshots=FOLDER}.
 */
@EnabledIfSystemProperty(named = "rectify.diagram.screenshots", matches = ".+")
class ScreenshotsTest {

    private final Path folder = Path.of(System.getProperty("rectify.diagram.screenshots", "."));
    private SampleRegister sample;

    @BeforeEach
    void open() throws Exception {
        Files.createDirectories(folder);
        sample = SampleRegister.open();
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        window.setBounds(window.getDisplay().getBounds());
        UI.flush();
    }

    @AfterEach
    void close() throws Exception {
        sample.close();
    }

    /** Draws an SVG file as a PNG with the platform's SVG renderer (JSVG), to see what viewers show. */
    private static void rasterize(Path svg, Path png) {
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageLoader().load(svg.toString());
        loader.save(png.toString(), SWT.IMAGE_PNG);
    }

    @Test
    void theSampleDiagrams() throws Exception {
        Diagrams example = new Diagrams(sample.openDiagram(SampleRegister.EXAMPLE));
        UI.screenshot(folder.resolve("diagram-2025.png"));
        DiagramExport.png(example.viewer, folder.resolve("diagram-2025-export.png"));
        DiagramExport.svg(example.viewer, folder.resolve("diagram-2025-export.svg"));
        rasterize(folder.resolve("diagram-2025-export.svg"), folder.resolve("diagram-2025-export-svg.png"));

        Review review = sample.review(SampleRegister.EXAMPLE);
        CreateConnectionRequest request = new CreateConnectionRequest();
        request.setFactory(new PaletteFactory(LinkKind.REMEDIES, () -> LinkKind.REMEDIES));
        request.setType(RequestConstants.REQ_CONNECTION_START);
        request.setSourceEditPart(example.part(review.getDirections().get(0).getMeasures().get(0)));
        request.setTargetEditPart(request.getSourceEditPart());
        request.getSourceEditPart().getCommand(request);
        request.setType(RequestConstants.REQ_CONNECTION_END);
        request.setTargetEditPart(example.part(review.getCauses().get(0)));
        request.getTargetEditPart().showTargetFeedback(request);
        UI.screenshot(folder.resolve("diagram-2025-refused.png"));
        request.getTargetEditPart().eraseTargetFeedback(request);

        example.diagram.setFilter(DiagramFilter.NONE.withOpenOnly(true));
        UI.screenshot(folder.resolve("diagram-2025-open-only.png"));
        example.diagram.setFilter(DiagramFilter.NONE);
        ((ZoomManager) example.editor.getAdapter(ZoomManager.class)).setZoomAsText(ZoomManager.FIT_ALL);
        UI.screenshot(folder.resolve("diagram-2025-whole.png"));

        Diagrams meeting = new Diagrams(sample.openDiagram(SampleRegister.MEETING));
        UI.screenshot(folder.resolve("diagram-2021.png"));
        DiagramExport.png(meeting.viewer, folder.resolve("diagram-2021-export.png"));
        DiagramExport.svg(meeting.viewer, folder.resolve("diagram-2021-export.svg"));
    }
}
