package rectify.diagram.export;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Locale;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.TextLayout;

import rectify.core.io.XmlText;

/**
 * A draw2d {@link Graphics} that writes SVG 1.1: figures paint onto it as onto the screen, and
 * each line, shape, text and image becomes an SVG element with the same geometry, colours, line
 * widths and dashes. Clipping is tracked for the figures' own decisions but not written: each
 * figure draws within its bounds anyway. Text is written as text (searchable, selectable) in the
 * figure's font family, with common Chinese fonts as fallbacks.
 */
public final class SvgGraphics extends Graphics {

    private static final String FALLBACK_FONTS = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', "
            + "'PingFang SC', 'WenQuanYi Micro Hei', SimSun, sans-serif";

    /** The drawing state that pushState and popState keep. */
    private static final class State {
        double x;
        double y;
        double scale = 1;
        Rectangle clip;
        Color foreground = ColorConstants.black;
        Color background = ColorConstants.white;
        Font font;
        int lineWidth = 1;
        int lineStyle = SWT.LINE_SOLID;
        int[] dash;
        int lineCap = SWT.CAP_FLAT;
        int lineJoin = SWT.JOIN_MITER;
        int alpha = 255;
        int antialias = SWT.DEFAULT;
        int textAntialias = SWT.DEFAULT;
        boolean xor;

        State copy() {
            State copy = new State();
            copy.x = x;
            copy.y = y;
            copy.scale = scale;
            copy.clip = clip.getCopy();
            copy.foreground = foreground;
            copy.background = background;
            copy.font = font;
            copy.lineWidth = lineWidth;
            copy.lineStyle = lineStyle;
            copy.dash = dash;
            copy.lineCap = lineCap;
            copy.lineJoin = lineJoin;
            copy.alpha = alpha;
            copy.antialias = antialias;
            copy.textAntialias = textAntialias;
            copy.xor = xor;
            return copy;
        }
    }

    private final StringBuilder defs = new StringBuilder();
    private final StringBuilder body = new StringBuilder();
    private final Deque<State> saved = new ArrayDeque<>();
    private State state = new State();
    private int gradients;

    /**
     * @param area the area to draw, in the coordinates figures paint in; it becomes 0, 0
     * @param font the font figures start with
     */
    public SvgGraphics(Rectangle area, Font font) {
        state.x = -area.x;
        state.y = -area.y;
        state.clip = new Rectangle(0, 0, area.width, area.height);
        state.font = font;
    }

    /** @return the SVG document of what was painted, {@code width} by {@code height} pixels on a white ground */
    public String document(int width, int height) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\""
                + " width=\"" + width + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height + "\">\n"
                + (defs.isEmpty() ? "" : "<defs>\n" + defs + "</defs>\n")
                + "<rect x=\"0\" y=\"0\" width=\"" + width + "\" height=\"" + height + "\" fill=\"#ffffff\"/>\n"
                + body + "</svg>\n";
    }

    // ---- state

    @Override
    public void translate(int dx, int dy) {
        translate((float) dx, (float) dy);
    }

    @Override
    public void translate(float dx, float dy) {
        state.x += dx * state.scale;
        state.y += dy * state.scale;
    }

    @Override
    public void scale(double factor) {
        state.scale *= factor;
    }

    @Override
    public double getAbsoluteScale() {
        return state.scale;
    }

    @Override
    public void clipRect(Rectangle r) {
        state.clip.intersect(absolute(r));
    }

    @Override
    public void setClip(Rectangle r) {
        state.clip = absolute(r);
    }

    @Override
    public Rectangle getClip(Rectangle r) {
        r.x = (int) Math.floor((state.clip.x - state.x) / state.scale);
        r.y = (int) Math.floor((state.clip.y - state.y) / state.scale);
        r.width = (int) Math.ceil(state.clip.width / state.scale);
        r.height = (int) Math.ceil(state.clip.height / state.scale);
        return r;
    }

    @Override
    public void pushState() {
        saved.push(state.copy());
    }

    @Override
    public void popState() {
        state = saved.pop();
    }

    @Override
    public void restoreState() {
        state = saved.peek().copy();
    }

    @Override
    public void dispose() {
        saved.clear();
    }

    @Override
    public Color getBackgroundColor() {
        return state.background;
    }

    @Override
    public void setBackgroundColor(Color color) {
        state.background = color;
    }

    @Override
    public Color getForegroundColor() {
        return state.foreground;
    }

    @Override
    public void setForegroundColor(Color color) {
        state.foreground = color;
    }

    @Override
    public Font getFont() {
        return state.font;
    }

    @Override
    public void setFont(Font font) {
        state.font = font;
    }

    @Override
    public FontMetrics getFontMetrics() {
        return FigureUtilities.getFontMetrics(state.font);
    }

    @Override
    public int getLineStyle() {
        return state.lineStyle;
    }

    @Override
    public void setLineStyle(int style) {
        state.lineStyle = style;
    }

    @Override
    public void setLineDash(int[] dash) {
        state.dash = dash == null ? null : dash.clone();
        state.lineStyle = dash == null ? SWT.LINE_SOLID : SWT.LINE_CUSTOM;
    }

    @Override
    public int getLineWidth() {
        return state.lineWidth;
    }

    @Override
    public void setLineWidth(int width) {
        state.lineWidth = width;
    }

    @Override
    public int getLineCap() {
        return state.lineCap;
    }

    @Override
    public void setLineCap(int cap) {
        state.lineCap = cap;
    }

    @Override
    public int getLineJoin() {
        return state.lineJoin;
    }

    @Override
    public void setLineJoin(int join) {
        state.lineJoin = join;
    }

    @Override
    public int getAlpha() {
        return state.alpha;
    }

    @Override
    public void setAlpha(int alpha) {
        state.alpha = alpha;
    }

    @Override
    public int getAntialias() {
        return state.antialias;
    }

    /** SVG viewers always antialias; the setting is kept for the figures that ask. */
    @Override
    public void setAntialias(int value) {
        state.antialias = value;
    }

    @Override
    public int getTextAntialias() {
        return state.textAntialias;
    }

    /** SVG viewers always antialias; the setting is kept for the figures that ask. */
    @Override
    public void setTextAntialias(int value) {
        state.textAntialias = value;
    }

    @Override
    public boolean getXORMode() {
        return state.xor;
    }

    /** XOR drawing is for rubber bands on screen; the setting is kept but not written. */
    @Override
    public void setXORMode(boolean xor) {
        state.xor = xor;
    }

    // ---- shapes

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {
        element("<line x1=\"" + x(x1) + "\" y1=\"" + y(y1) + "\" x2=\"" + x(x2) + "\" y2=\"" + y(y2) + "\"" + stroke()
                + "/>");
    }

    @Override
    public void drawPoint(int x, int y) {
        element("<rect x=\"" + x(x) + "\" y=\"" + y(y) + "\" width=\"" + n(state.scale) + "\" height=\""
                + n(state.scale)
                + "\"" + fill(state.foreground) + "/>");
    }

    @Override
    public void drawRectangle(int x, int y, int width, int height) {
        element(rect(x, y, width, height, 0, 0) + stroke() + "/>");
    }

    @Override
    public void fillRectangle(int x, int y, int width, int height) {
        element(rect(x, y, width, height, 0, 0) + fill(state.background) + "/>");
    }

    @Override
    public void drawRoundRectangle(Rectangle r, int arcWidth, int arcHeight) {
        element(rect(r.x, r.y, r.width, r.height, arcWidth, arcHeight) + stroke() + "/>");
    }

    @Override
    public void fillRoundRectangle(Rectangle r, int arcWidth, int arcHeight) {
        element(rect(r.x, r.y, r.width, r.height, arcWidth, arcHeight) + fill(state.background) + "/>");
    }

    @Override
    public void drawOval(int x, int y, int width, int height) {
        element(ellipse(x, y, width, height) + stroke() + "/>");
    }

    @Override
    public void fillOval(int x, int y, int width, int height) {
        element(ellipse(x, y, width, height) + fill(state.background) + "/>");
    }

    @Override
    public void drawArc(int x, int y, int width, int height, int offset, int length) {
        element("<polyline points=\"" + arc(x, y, width, height, offset, length, false) + "\"" + stroke() + "/>");
    }

    @Override
    public void fillArc(int x, int y, int width, int height, int offset, int length) {
        element("<polygon points=\"" + arc(x, y, width, height, offset, length, true) + "\"" + fill(state.background)
                + "/>");
    }

    @Override
    public void drawPolyline(PointList points) {
        element("<polyline points=\"" + points(points) + "\"" + stroke() + "/>");
    }

    @Override
    public void drawPolygon(PointList points) {
        element("<polygon points=\"" + points(points) + "\"" + stroke() + "/>");
    }

    @Override
    public void fillPolygon(PointList points) {
        element("<polygon points=\"" + points(points) + "\"" + fill(state.background) + "/>");
    }

    @Override
    public void fillGradient(int x, int y, int width, int height, boolean vertical) {
        String id = "gradient" + ++gradients;
        defs.append("<linearGradient id=\"").append(id).append("\" x1=\"0\" y1=\"0\" x2=\"").append(vertical ? 0 : 1)
                .append("\" y2=\"").append(vertical ? 1 : 0).append("\"><stop offset=\"0\" stop-color=\"")
                .append(hex(state.foreground)).append("\"/><stop offset=\"1\" stop-color=\"")
                .append(hex(state.background))
                .append("\"/></linearGradient>\n");
        element(rect(x, y, width, height, 0, 0) + " fill=\"url(#" + id + ")\"" + opacity("fill-opacity") + "/>");
    }

    @Override
    public void drawFocus(int x, int y, int width, int height) {
        element(rect(x, y, width, height, 0, 0) + " fill=\"none\" stroke=\"" + hex(state.foreground)
                + "\" stroke-width=\"" + n(state.scale) + "\" stroke-dasharray=\"1 1\"/>");
    }

    // ---- text

    @Override
    public void drawString(String text, int x, int y) {
        text(text, x, y, false);
    }

    @Override
    public void fillString(String text, int x, int y) {
        text(text, x, y, true);
    }

    @Override
    public void drawText(String text, int x, int y) {
        String[] lines = text.split("\\R", -1);
        int height = getFontMetrics().getHeight();
        for (int i = 0; i < lines.length; i++) {
            text(lines[i].replace("\t", "    "), x, y + i * height, false);
        }
    }

    @Override
    public void drawText(String text, int x, int y, int style) {
        String shown = (style & SWT.DRAW_MNEMONIC) != 0 ? text.replaceAll("&(.)", "$1") : text;
        if ((style & SWT.DRAW_DELIMITER) != 0) {
            drawText(shown, x, y);
        } else {
            text(shown, x, y, (style & SWT.DRAW_TRANSPARENT) == 0);
        }
    }

    @Override
    public void fillText(String text, int x, int y) {
        text(text, x, y, true);
    }

    @Override
    public void drawTextLayout(TextLayout layout, int x, int y, int selectionStart, int selectionEnd,
            Color selectionForeground, Color selectionBackground) {
        Font previous = state.font;
        if (layout.getFont() != null) {
            state.font = layout.getFont();
        }
        String text = layout.getText();
        int[] offsets = layout.getLineOffsets();
        for (int line = 0; line + 1 < offsets.length; line++) {
            org.eclipse.swt.graphics.Rectangle bounds = layout.getLineBounds(line);
            text(text.substring(offsets[line], offsets[line + 1]).stripTrailing(), x + bounds.x, y + bounds.y, false);
        }
        state.font = previous;
    }

    // ---- images

    @Override
    public void drawImage(Image image, int x, int y) {
        org.eclipse.swt.graphics.Rectangle size = image.getBounds();
        drawImage(image, 0, 0, size.width, size.height, x, y, size.width, size.height);
    }

    @Override
    public void drawImage(Image image, int sx, int sy, int sw, int sh, int tx, int ty, int tw, int th) {
        ImageData data = image.getImageData();
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        loader.save(png, SWT.IMAGE_PNG);
        element("<svg x=\"" + x(tx) + "\" y=\"" + y(ty) + "\" width=\"" + n(tw * state.scale) + "\" height=\""
                + n(th * state.scale) + "\" viewBox=\"" + sx + " " + sy + " " + sw + " " + sh
                + "\" preserveAspectRatio=\"none\"><image width=\"" + data.width + "\" height=\"" + data.height
                + "\" xlink:href=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray())
                + "\"" + opacity("opacity") + "/></svg>");
    }

    // ---- writing

    private void text(String text, int x, int y, boolean opaque) {
        if (text.isBlank()) {
            return;
        }
        FontMetrics metrics = getFontMetrics();
        if (opaque) {
            fillRectangle(x, y, FigureUtilities.getTextWidth(text, state.font), metrics.getHeight());
        }
        FontData data = state.font.getFontData()[0];
        double size = (metrics.getAscent() + metrics.getDescent()) * state.scale;
        StringBuilder element = new StringBuilder("<text x=\"").append(x(x)).append("\" y=\"")
                .append(n(state.y + (y + metrics.getLeading() + metrics.getAscent()) * state.scale))
                .append("\" font-family=\"").append(XmlText.escape("'" + data.getName() + "', " + FALLBACK_FONTS))
                .append("\" font-size=\"").append(n(size)).append('"');
        if ((data.getStyle() & SWT.BOLD) != 0) {
            element.append(" font-weight=\"bold\"");
        }
        if ((data.getStyle() & SWT.ITALIC) != 0) {
            element.append(" font-style=\"italic\"");
        }
        // the width the text has on screen, whatever font the viewer substitutes
        element.append(" textLength=\"").append(n(FigureUtilities.getTextWidth(text, state.font) * state.scale))
                .append("\" lengthAdjust=\"spacingAndGlyphs\"");
        element.append(fill(state.foreground)).append(" xml:space=\"preserve\">").append(XmlText.escape(text))
                .append("</text>");
        element(element.toString());
    }

    private void element(String element) {
        body.append(element).append('\n');
    }

    private String rect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        String rect = "<rect x=\"" + x(x) + "\" y=\"" + y(y) + "\" width=\"" + n(width * state.scale) + "\" height=\""
                + n(height * state.scale) + '"';
        if (arcWidth > 0 || arcHeight > 0) {
            rect += " rx=\"" + n(arcWidth * state.scale / 2) + "\" ry=\"" + n(arcHeight * state.scale / 2) + '"';
        }
        return rect;
    }

    private String ellipse(int x, int y, int width, int height) {
        return "<ellipse cx=\"" + n(state.x + (x + width / 2.0) * state.scale) + "\" cy=\""
                + n(state.y + (y + height / 2.0) * state.scale) + "\" rx=\"" + n(width * state.scale / 2) + "\" ry=\""
                + n(height * state.scale / 2) + '"';
    }

    private String arc(int x, int y, int width, int height, int offset, int length, boolean pie) {
        StringBuilder points = new StringBuilder();
        double cx = x + width / 2.0;
        double cy = y + height / 2.0;
        if (pie) {
            points.append(n(state.x + cx * state.scale)).append(',').append(n(state.y + cy * state.scale)).append(' ');
        }
        int steps = Math.max(2, Math.abs(length) / 5);
        for (int i = 0; i <= steps; i++) {
            double angle = Math.toRadians(offset + (double) length * i / steps);
            points.append(n(state.x + (cx + Math.cos(angle) * width / 2) * state.scale)).append(',')
                    .append(n(state.y + (cy - Math.sin(angle) * height / 2) * state.scale)).append(' ');
        }
        return points.toString().strip();
    }

    private String points(PointList points) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            text.append(i == 0 ? "" : " ").append(x(points.getPoint(i).x)).append(',').append(y(points.getPoint(i).y));
        }
        return text.toString();
    }

    private String stroke() {
        double width = Math.max(1, state.lineWidth) * state.scale;
        StringBuilder stroke = new StringBuilder(" fill=\"none\" stroke=\"").append(hex(state.foreground))
                .append("\" stroke-width=\"").append(n(width)).append('"');
        int[] dash = dash();
        if (dash != null && dash.length > 0) {
            StringBuilder array = new StringBuilder();
            for (int length : dash) {
                array.append(array.isEmpty() ? "" : " ").append(n(length * state.scale));
            }
            stroke.append(" stroke-dasharray=\"").append(array).append('"');
        }
        if (state.lineCap != SWT.CAP_FLAT) {
            stroke.append(" stroke-linecap=\"").append(state.lineCap == SWT.CAP_ROUND ? "round" : "square").append('"');
        }
        if (state.lineJoin != SWT.JOIN_MITER) {
            stroke.append(" stroke-linejoin=\"").append(state.lineJoin == SWT.JOIN_ROUND ? "round" : "bevel")
                    .append('"');
        }
        return stroke.append(opacity("stroke-opacity")).toString();
    }

    /** @return the dashes of the line style in pixels, as SWT draws them: longer for wider lines */
    private int[] dash() {
        int[] unit = switch (state.lineStyle) {
            case SWT.LINE_DASH -> state.lineWidth == 0 ? new int[] { 18, 6 } : new int[] { 3, 1 };
            case SWT.LINE_DOT -> state.lineWidth == 0 ? new int[] { 3, 3 } : new int[] { 1, 1 };
            case SWT.LINE_DASHDOT -> state.lineWidth == 0 ? new int[] { 9, 6, 3, 6 } : new int[] { 3, 1, 1, 1 };
            case SWT.LINE_DASHDOTDOT ->
                state.lineWidth == 0 ? new int[] { 9, 3, 3, 3, 3, 3 } : new int[] { 3, 1, 1, 1, 1, 1 };
            case SWT.LINE_CUSTOM -> state.dash;
            default -> null;
        };
        if (unit == null || state.lineStyle == SWT.LINE_CUSTOM || state.lineWidth <= 1) {
            return unit;
        }
        int[] scaled = new int[unit.length];
        for (int i = 0; i < unit.length; i++) {
            scaled[i] = unit[i] * state.lineWidth;
        }
        return scaled;
    }

    private String fill(Color color) {
        return " fill=\"" + hex(color) + '"' + opacity("fill-opacity");
    }

    private String opacity(String attribute) {
        return state.alpha >= 255 ? "" : " " + attribute + "=\"" + n(state.alpha / 255.0) + '"';
    }

    private Rectangle absolute(Rectangle r) {
        int left = (int) Math.floor(state.x + r.x * state.scale);
        int top = (int) Math.floor(state.y + r.y * state.scale);
        return new Rectangle(left, top, (int) Math.ceil(r.width * state.scale),
                (int) Math.ceil(r.height * state.scale));
    }

    private String x(int x) {
        return n(state.x + x * state.scale);
    }

    private String y(int y) {
        return n(state.y + y * state.scale);
    }

    private static String n(double value) {
        return value == Math.rint(value) ? Long.toString(Math.round(value)) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String hex(Color color) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", color.getRed(), color.getGreen(), color.getBlue());
    }
}
