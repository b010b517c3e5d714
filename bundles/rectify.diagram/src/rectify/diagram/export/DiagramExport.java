package rectify.diagram.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.draw2d.FreeformFigure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.draw2d.ScaledGraphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.LayerManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;

import rectify.core.io.AtomicSave;

/**
 * Writes the whole diagram of a viewer, at 100 % whatever the zoom, as PNG or SVG: the
 * printable layers (lanes, nodes, links, legend) without selection handles or feedback.
 */
public final class DiagramExport {

    /** Margin around the diagram. */
    private static final int MARGIN = 16;
    /** Larger PNGs are scaled down: the longest side at most this many pixels. */
    private static final int MAX_SIDE = 16_000;
    /** Larger PNGs are scaled down: at most this many pixels. */
    private static final long MAX_PIXELS = 48_000_000L;

    private DiagramExport() {
    }

    /**
     * Writes the diagram as a PNG image, scaled down when it would exceed 16,000 pixels a side
     * or 48 megapixels.
     *
     * @throws IOException when the file cannot be written
     */
    public static void png(GraphicalViewer viewer, Path file) throws IOException {
        IFigure figure = printable(viewer);
        Rectangle area = area(figure);
        double scale = Math.min(1, Math.min((double) MAX_SIDE / Math.max(area.width, area.height),
                Math.sqrt((double) MAX_PIXELS / ((long) area.width * area.height))));
        int width = Math.max(1, (int) Math.floor(area.width * scale));
        int height = Math.max(1, (int) Math.floor(area.height * scale));
        Display display = viewer.getControl().getDisplay();
        Image image = new Image(display, width, height);
        GC gc = new GC(image);
        SWTGraphics swt = new SWTGraphics(gc);
        Graphics graphics = swt;
        ScaledGraphics scaled = null;
        try {
            swt.setBackgroundColor(display.getSystemColor(SWT.COLOR_WHITE));
            swt.fillRectangle(0, 0, width, height);
            if (scale < 1) {
                scaled = new ScaledGraphics(swt);
                scaled.scale(scale);
                graphics = scaled;
            }
            graphics.translate(-area.x, -area.y);
            figure.paint(graphics);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            AtomicSave.replace(file, out -> loader.save(out, SWT.IMAGE_PNG));
        } finally {
            if (scaled != null) {
                scaled.dispose();
            }
            swt.dispose();
            gc.dispose();
            image.dispose();
        }
    }

    /**
     * Writes the diagram as SVG, drawn by the figures themselves onto {@link SvgGraphics}.
     *
     * @throws IOException when the file cannot be written
     */
    public static void svg(GraphicalViewer viewer, Path file) throws IOException {
        IFigure figure = printable(viewer);
        Rectangle area = area(figure);
        SvgGraphics svg = new SvgGraphics(area,
                figure.getFont() != null ? figure.getFont() : viewer.getControl().getFont());
        figure.paint(svg);
        byte[] document = svg.document(area.width, area.height).getBytes(StandardCharsets.UTF_8);
        AtomicSave.replace(file, out -> out.write(document));
    }

    private static IFigure printable(GraphicalViewer viewer) {
        LayerManager layers = (LayerManager) viewer.getEditPartRegistry().get(LayerManager.ID);
        return layers.getLayer(LayerConstants.PRINTABLE_LAYERS);
    }

    private static Rectangle area(IFigure figure) {
        Rectangle extent = figure instanceof FreeformFigure freeform ? freeform.getFreeformExtent().getCopy()
                : figure.getBounds().getCopy();
        return extent.expand(MARGIN, MARGIN);
    }
}
