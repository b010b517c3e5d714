package rectify.archive.internal.ofd;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.ofdrw.core.basicStructure.pageObj.layer.block.CT_PageBlock;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.basicType.ST_ID;
import org.ofdrw.core.graph.pathObj.AbbreviatedData;
import org.ofdrw.core.graph.pathObj.CT_Path;
import org.ofdrw.core.pageDescription.CT_GraphicUnit;
import org.ofdrw.core.pageDescription.clips.Area;
import org.ofdrw.core.pageDescription.clips.CT_Clip;
import org.ofdrw.core.pageDescription.clips.Clips;
import org.ofdrw.core.pageDescription.color.color.CT_Color;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.core.text.text.CT_Text;
import org.ofdrw.layout.element.Div;
import org.ofdrw.layout.element.Position;
import org.ofdrw.layout.engine.VPageParseEngine;

import rectify.archive.internal.fonts.Face;
import rectify.archive.internal.layout.Drawable;
import rectify.archive.internal.layout.GlyphRun;
import rectify.archive.internal.layout.Page;

/**
 * One page of the layout as an element of an ofdrw page that covers it whole; its renderer draws
 * what the page holds, in the same order and at the same places: shapes as paths, text as text
 * objects whose glyph positions are those of the layout, clipped drawings with a clip area on each.
 */
final class PageDrawing extends Div<PageDrawing> {

    private static final String TYPE = "RectifyPage";

    static {
        VPageParseEngine.register(TYPE,
                (pageLoc, layer, resources, element, ids) -> ((PageDrawing) element).draw(layer, ids));
    }

    private final Page page;
    private final Map<Face, ST_ID> fonts;

    /**
     * @param page the page
     * @param fonts the font resource of each face the page draws with
     */
    PageDrawing(Page page, Map<Face, ST_ID> fonts) {
        super(0d, 0d, Units.PAGE_WIDTH, Units.PAGE_HEIGHT);
        setPosition(Position.Absolute);
        this.page = page;
        this.fonts = fonts;
    }

    @Override
    public String elementType() {
        return TYPE;
    }

    private void draw(CT_PageBlock layer, AtomicInteger ids) {
        draw(page.drawables(), null, layer, ids);
    }

    /** Shapes first, then text, as in the PDF: text is never covered. */
    private void draw(List<Drawable> drawables, Drawable.Clip clip, CT_PageBlock layer, AtomicInteger ids) {
        for (Drawable drawable : drawables) {
            switch (drawable) {
                case Drawable.Box box ->
                    layer.addPageBlock(clipped(box(box), clip).toObj(new ST_ID(ids.incrementAndGet())));
                case Drawable.Path path ->
                    layer.addPageBlock(clipped(path(path), clip).toObj(new ST_ID(ids.incrementAndGet())));
                case Drawable.Clip inner -> draw(inner.content(), inner, layer, ids);
                case Drawable.Text text -> {
                    // below
                }
            }
        }
        for (Drawable drawable : drawables) {
            if (drawable instanceof Drawable.Text text) {
                text(text, clip, layer, ids);
            }
        }
    }

    private static CT_Path box(Drawable.Box box) {
        AbbreviatedData data = new AbbreviatedData();
        double left = Units.mm(box.x());
        double top = Units.y(box.y() + box.height());
        double right = left + Units.mm(box.width());
        double bottom = top + Units.mm(box.height());
        data.moveTo(left, top).lineTo(right, top).lineTo(right, bottom).lineTo(left, bottom).close();
        CT_Path path = page(new CT_Path()).setAbbreviatedData(data);
        path.setFill(box.fill() != Drawable.NONE);
        path.setStroke(box.stroke() != Drawable.NONE);
        if (box.fill() != Drawable.NONE) {
            path.setFillColor(color(box.fill()));
        }
        if (box.stroke() != Drawable.NONE) {
            path.setStrokeColor(color(box.stroke()));
            path.setLineWidth(Units.mm(box.lineWidth()));
        }
        return path;
    }

    private static CT_Path path(Drawable.Path line) {
        float[] points = line.points();
        AbbreviatedData data = new AbbreviatedData().moveTo(Units.mm(points[0]), Units.y(points[1]));
        for (int i = 2; i < points.length; i += 2) {
            data.lineTo(Units.mm(points[i]), Units.y(points[i + 1]));
        }
        CT_Path path = page(new CT_Path());
        if (line.lineWidth() == 0) {
            data.close();
            return path.setAbbreviatedData(data).setFill(true).setStroke(false).setFillColor(color(line.rgb()));
        }
        path.setAbbreviatedData(data).setStroke(true).setStrokeColor(color(line.rgb()));
        path.setLineWidth(Units.mm(line.lineWidth()));
        if (line.dash().length > 0) {
            Double[] dash = new Double[line.dash().length];
            for (int i = 0; i < dash.length; i++) {
                dash[i] = Units.mm(line.dash()[i]);
            }
            path.setDashPattern(new ST_Array((Object[]) dash));
        }
        return path;
    }

    /** A text object per run, each glyph where the layout puts it. */
    private void text(Drawable.Text text, Drawable.Clip clip, CT_PageBlock layer, AtomicInteger ids) {
        double x = Units.mm(text.x());
        double baseline = Units.y(text.baseline());
        for (GlyphRun run : text.runs()) {
            List<Double> advances = OfdWriter.advances(run);
            TextCode code = new TextCode().setContent(run.text()).setX(x).setY(baseline);
            if (advances.size() > 1) {
                code.setDeltaX(advances.subList(0, advances.size() - 1).toArray(Double[]::new));
            }
            CT_Text object = page(new CT_Text()).setFont(fonts.get(run.face()).ref()).setSize(Units.mm(run.size()))
                    .setFill(true).setFillColor(color(text.rgb())).addTextCode(code);
            layer.addPageBlock(clipped(object, clip).toObj(new ST_ID(ids.incrementAndGet())));
            x += advances.stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    /** Every object is placed in the page's own coordinates. */
    private static <T extends CT_GraphicUnit<T>> T page(T unit) {
        return unit.setBoundary(0, 0, Units.PAGE_WIDTH, Units.PAGE_HEIGHT);
    }

    private static <T extends CT_GraphicUnit<T>> T clipped(T unit, Drawable.Clip clip) {
        if (clip != null) {
            CT_Path area = box(new Drawable.Box(clip.x(), clip.y(), clip.width(), clip.height(), Drawable.BLACK,
                    Drawable.NONE, 0));
            unit.setClips(new Clips(new CT_Clip().addArea(new Area().setClipObj(area))));
        }
        return unit;
    }

    private static CT_Color color(int rgb) {
        return CT_Color.rgb(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
    }
}
