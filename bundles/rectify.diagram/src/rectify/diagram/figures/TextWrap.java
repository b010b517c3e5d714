package rectify.diagram.figures;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.widgets.Display;

/** Breaks text into lines of a width as the platform does, between any two Chinese characters too. */
final class TextWrap {

    private static final String ELLIPSIS = "…";

    private TextWrap() {
    }

    /** @return the lines of {@code text} in {@code font} no wider than {@code width} */
    static List<String> lines(String text, Font font, int width) {
        if (text.isEmpty()) {
            return List.of();
        }
        TextLayout layout = new TextLayout(Display.getCurrent());
        try {
            layout.setFont(font);
            layout.setText(text);
            layout.setWidth(Math.max(1, width));
            int[] offsets = layout.getLineOffsets();
            List<String> lines = new ArrayList<>(offsets.length - 1);
            for (int i = 0; i + 1 < offsets.length; i++) {
                lines.add(text.substring(offsets[i], offsets[i + 1]).strip());
            }
            return lines;
        } finally {
            layout.dispose();
        }
    }

    /** @return {@code line} shortened to end in an ellipsis within {@code width} */
    static String ellipsis(String line, Font font, int width) {
        String shortened = line;
        while (!shortened.isEmpty() && FigureUtilities.getTextWidth(shortened + ELLIPSIS, font) > width) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened + ELLIPSIS;
    }
}
