package rectify.archive.internal.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A diagram of boxes and arrows drawn as vector graphics: boxes at the positions of the model's
 * layout (in its units, y downwards), scaled to the type area's width, and continued over as
 * many pages as it needs, cut between rows of boxes; the arrows beneath the boxes, as the diagram
 * editor draws its links; then its legend, whole on one page.
 */
public final class Diagram {

    /**
     * A box.
     *
     * @param label its label, e.g. 问题 1.1
     * @param text its text
     * @param link the key of the anchor it leads to, or {@code null}
     * @param x left, in model units
     * @param y top, in model units
     * @param width width, in model units
     * @param height height, in model units
     * @param fill its fill, {@code 0xRRGGBB}
     * @param stroke its outline, {@code 0xRRGGBB}
     */
    public record Node(String label, String text, String link, float x, float y, float width, float height, int fill,
            int stroke) {
    }

    /**
     * How a line is drawn.
     *
     * @param rgb its colour, {@code 0xRRGGBB}
     * @param dash its dash pattern in points (on, off, …); empty for a solid line
     * @param openHead whether its arrow head is open (two strokes) rather than filled
     */
    public record Line(int rgb, float[] dash, boolean openHead) {
    }

    /**
     * An arrow between two boxes.
     *
     * @param from the index of the box it starts at
     * @param to the index of the box it points to
     * @param line how it is drawn
     */
    public record Edge(int from, int to, Line line) {
    }

    /**
     * A row of the legend: a sample and what it means.
     *
     * @param text what the sample means
     * @param line the line the row shows, or {@code null} for a swatch
     * @param fill the swatch's fill, {@code 0xRRGGBB}, when there is no line
     * @param stroke the swatch's outline, {@code 0xRRGGBB}, when there is no line
     */
    public record Key(String text, Line line, int fill, int stroke) {
    }

    /** Model units are screen pixels; 0.75 pt each is their size at 96 dpi. */
    private static final float MAX_SCALE = 0.75f;
    private static final float MIN_BAND = 60;
    /** The smallest text in boxes, in points; boxes show fewer lines rather than smaller text. */
    private static final float MIN_TEXT = 7;
    private static final float PAD = 3;
    private static final float EDGE_WIDTH = 0.6f;
    private static final float BOX_LINE = 0.8f;
    private static final float[] SOLID = {};
    private static final float ARROW_LENGTH = 5;
    private static final float ARROW_HALF_WIDTH = 2;
    private static final String ELLIPSIS = "…";

    private static final float SAMPLE = 28;
    private static final float KEY_GAP = 6;

    private final List<Node> nodes;
    private final List<Edge> edges;
    private final String legendTitle;
    private final List<Key> keys;
    private final float minX;
    private final float minY;
    private final float maxY;
    private final float scale;
    private final float textSize;

    /**
     * @param nodes the boxes; at least one
     * @param edges the arrows
     * @param legendTitle the heading of the legend
     * @param keys the rows of the legend
     */
    public Diagram(List<Node> nodes, List<Edge> edges, String legendTitle, List<Key> keys) {
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        this.legendTitle = legendTitle;
        this.keys = List.copyOf(keys);
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float upper = Float.MAX_VALUE;
        float lower = -Float.MAX_VALUE;
        for (Node node : nodes) {
            left = Math.min(left, node.x());
            right = Math.max(right, node.x() + node.width());
            upper = Math.min(upper, node.y());
            lower = Math.max(lower, node.y() + node.height());
        }
        minX = left;
        minY = upper;
        maxY = lower;
        scale = Math.min(MAX_SCALE, PageFrame.WIDTH / Math.max(1, right - left));
        textSize = Math.max(MIN_TEXT, Math.min(PageFrame.SIZE_5, 14 * scale));
    }

    /** @return the boxes */
    public List<Node> nodes() {
        return nodes;
    }

    /** @return the arrows */
    public List<Edge> edges() {
        return edges;
    }

    /**
     * Draws the diagram at the current position of a flow, then its legend, and moves the flow
     * below them.
     *
     * @param flow the flow
     */
    public void draw(Flow flow) {
        float from = minY;
        while (from < maxY) {
            if (flow.room() < MIN_BAND && flow.top() > 0) {
                flow.newPage();
            }
            float to = cut(from, from + flow.room() / scale);
            band(flow, from, to);
            flow.advance((to - from) * scale);
            from = to;
            if (from < maxY) {
                flow.newPage();
            }
        }
        legend(flow);
    }

    private void legend(Flow flow) {
        Style text = Style.TABLE.sized(PageFrame.SIZE_5);
        float pitch = PageFrame.SIZE_5 * 1.4f;
        flow.ensure(KEY_GAP + pitch * (keys.size() + 1));
        flow.advance(KEY_GAP);
        keyText(flow, new Span(legendTitle, Style.TABLE_HEADING.sized(PageFrame.SIZE_5)), 0, pitch);
        for (Key key : keys) {
            flow.ensure(pitch);
            float middle = PageFrame.y(flow.top() + pitch / 2);
            List<Drawable> sample = new ArrayList<>();
            if (key.line() != null) {
                arrow(sample, PageFrame.LEFT, middle, PageFrame.LEFT + SAMPLE, middle, key.line());
            } else {
                sample.add(new Drawable.Box(PageFrame.LEFT, middle - pitch / 3, SAMPLE, 2 * pitch / 3, key.fill(),
                        key.stroke(), BOX_LINE));
            }
            flow.page().drawables().addAll(sample);
            keyText(flow, new Span(key.text(), text), SAMPLE + KEY_GAP, pitch);
        }
    }

    private static void keyText(Flow flow, Span span, float inset, float pitch) {
        LineBreaker.Line line = flow.breaker().lines(List.of(span), PageFrame.WIDTH - inset, 0, Align.JUSTIFY).get(0);
        float baseline = PageFrame.y(flow.top()) - (pitch - span.style().size()) / 2
                - PageFrame.ASCENT * span.style().size();
        flow.page().drawables()
                .add(new Drawable.Text(PageFrame.LEFT + inset + line.x(), baseline, line.runs(), Drawable.BLACK));
        flow.advance(pitch);
    }

    /** @return the lowest height at most {@code limit} that cuts no box, or the limit when each does */
    private float cut(float from, float limit) {
        if (limit >= maxY) {
            return maxY;
        }
        float best = from;
        for (Node node : nodes) {
            float bottom = node.y() + node.height();
            if (bottom > best && bottom <= limit && cutsNone(bottom)) {
                best = bottom;
            }
        }
        return best > from ? best : limit;
    }

    private boolean cutsNone(float y) {
        for (Node node : nodes) {
            if (node.y() < y && node.y() + node.height() > y) {
                return false;
            }
        }
        return true;
    }

    private void band(Flow flow, float from, float to) {
        float top = flow.top();
        List<Drawable> content = new ArrayList<>();
        for (Edge edge : edges) {
            Node a = nodes.get(edge.from());
            Node b = nodes.get(edge.to());
            if (Math.min(a.y(), b.y()) < to && Math.max(a.y() + a.height(), b.y() + b.height()) > from) {
                arrow(content, a, b, edge.line(), top, from);
            }
        }
        List<Drawable> texts = new ArrayList<>();
        for (Node node : nodes) {
            if (node.y() < to && node.y() + node.height() > from) {
                float x = px(node.x());
                float y = py(top, from, node.y() + node.height());
                float width = node.width() * scale;
                float height = node.height() * scale;
                content.add(new Drawable.Box(x, y, width, height, node.fill(), node.stroke(), BOX_LINE));
                texts.addAll(text(flow.breaker(), node, x, py(top, from, node.y())));
                if (node.link() != null) {
                    flow.page().links().add(clippedLink(node, x, y, width, height, top, from, to));
                }
            }
        }
        content.addAll(texts);
        float height = (to - from) * scale;
        flow.page().drawables().add(new Drawable.Clip(PageFrame.LEFT, PageFrame.y(top + height), PageFrame.WIDTH,
                height, content));
    }

    private Page.Link clippedLink(Node node, float x, float y, float width, float height, float top, float from,
            float to) {
        float upper = Math.min(y + height, py(top, from, from));
        float lower = Math.max(y, py(top, from, to));
        return new Page.Link(x, lower, width, upper - lower, node.link());
    }

    private List<Drawable> text(LineBreaker breaker, Node node, float x, float top) {
        float width = node.width() * scale - 2 * PAD;
        float pitch = textSize * 1.25f;
        int room = (int) ((node.height() * scale - 2 * PAD) / pitch);
        List<Span> spans = new ArrayList<>();
        spans.add(new Span(node.label() + "\n", Style.TABLE_HEADING.sized(textSize)));
        spans.add(new Span(node.text() == null ? "" : node.text(), Style.TABLE.sized(textSize)));
        List<LineBreaker.Line> lines = breaker.lines(spans, width, 0, Align.JUSTIFY);
        if (lines.size() > room && room > 0) {
            lines = new ArrayList<>(lines.subList(0, room));
            String last = lines.get(room - 1).text();
            String shortened = last.isEmpty() ? ELLIPSIS
                    : last.substring(0, last.offsetByCodePoints(last.length(), -1)) + ELLIPSIS;
            lines.set(room - 1, breaker.lines(List.of(new Span(shortened, Style.TABLE.sized(textSize))), width, 0,
                    Align.JUSTIFY).get(0));
        }
        List<Drawable> drawn = new ArrayList<>();
        for (int i = 0; i < Math.min(room, lines.size()); i++) {
            LineBreaker.Line line = lines.get(i);
            if (!line.isEmpty()) {
                float baseline = top - PAD - i * pitch - PageFrame.ASCENT * textSize;
                drawn.add(new Drawable.Text(x + PAD + line.x(), baseline, line.runs(), Drawable.BLACK));
            }
        }
        return drawn;
    }

    private void arrow(List<Drawable> content, Node a, Node b, Line line, float top, float from) {
        float ax = px(a.x() + a.width() / 2);
        float ay = py(top, from, a.y() + a.height() / 2);
        float bx = px(b.x() + b.width() / 2);
        float by = py(top, from, b.y() + b.height() / 2);
        float[] start = border(ax, ay, bx, by, a.width() * scale / 2, a.height() * scale / 2);
        float[] end = border(bx, by, ax, ay, b.width() * scale / 2, b.height() * scale / 2);
        arrow(content, start[0], start[1], end[0], end[1], line);
    }

    /** An arrow from one point to another, drawn as {@code line} says. */
    private static void arrow(List<Drawable> content, float x1, float y1, float x2, float y2, Line line) {
        float dx = x2 - x1;
        float dy = y2 - y1;
        float length = (float) Math.hypot(dx, dy);
        if (length < ARROW_LENGTH) {
            return;
        }
        float ux = dx / length;
        float uy = dy / length;
        float baseX = x2 - ux * ARROW_LENGTH;
        float baseY = y2 - uy * ARROW_LENGTH;
        float[] head = { baseX - uy * ARROW_HALF_WIDTH, baseY + ux * ARROW_HALF_WIDTH, x2, y2,
                baseX + uy * ARROW_HALF_WIDTH, baseY - ux * ARROW_HALF_WIDTH };
        if (line.openHead()) {
            content.add(new Drawable.Path(new float[] { x1, y1, x2, y2 }, line.rgb(), EDGE_WIDTH, line.dash()));
            content.add(new Drawable.Path(head, line.rgb(), EDGE_WIDTH, SOLID));
        } else {
            content.add(new Drawable.Path(new float[] { x1, y1, baseX, baseY }, line.rgb(), EDGE_WIDTH, line.dash()));
            content.add(new Drawable.Path(head, line.rgb(), 0, SOLID));
        }
    }

    /** Where the line from a box's centre towards a point leaves the box. */
    private static float[] border(float cx, float cy, float tx, float ty, float halfWidth, float halfHeight) {
        float dx = tx - cx;
        float dy = ty - cy;
        float t = Math.min(dx == 0 ? Float.MAX_VALUE : halfWidth / Math.abs(dx),
                dy == 0 ? Float.MAX_VALUE : halfHeight / Math.abs(dy));
        return new float[] { cx + dx * Math.min(t, 1), cy + dy * Math.min(t, 1) };
    }

    private float px(float modelX) {
        return PageFrame.LEFT + (modelX - minX) * scale;
    }

    private float py(float top, float from, float modelY) {
        return PageFrame.y(top + (modelY - from) * scale);
    }
}
