package rectify.archive.internal.layout;

import java.util.List;

/**
 * Page numbers as GB/T 9704-2012 sets them: "— 1 —" in 4号 Song, its em box 7 mm below the
 * type area, one character in from the right edge on odd pages and from the left on even pages.
 */
public final class PageNumbers {

    private PageNumbers() {
    }

    /**
     * Numbers the pages.
     *
     * @param pages the pages, in order
     * @param breaker sets the numbers
     */
    public static void draw(List<Page> pages, LineBreaker breaker) {
        float baseline = PageFrame.baseline(PageFrame.HEIGHT + PageFrame.PAGE_NUMBER_GAP, PageFrame.SIZE_4);
        for (int i = 0; i < pages.size(); i++) {
            int number = i + 1;
            LineBreaker.Line line = breaker.lines(Span.of("— " + number + " —", Style.PAGE_NUMBER), PageFrame.WIDTH, 0,
                    Align.JUSTIFY).get(0);
            float x = number % 2 == 1 ? PageFrame.LEFT + PageFrame.WIDTH - PageFrame.SIZE_4 - line.width()
                    : PageFrame.LEFT + PageFrame.SIZE_4;
            pages.get(i).drawables().add(new Drawable.Text(x, baseline, line.runs(), Drawable.BLACK));
        }
    }
}
