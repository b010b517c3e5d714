package rectify.archive.internal.layout;

import java.util.List;
import java.util.Map;

/**
 * A laid-out document.
 *
 * @param pages the pages
 * @param anchors the places links and bookmarks lead to, by key
 * @param outline the bookmarks, in document order
 */
public record Layout(List<Page> pages, Map<String, Position> anchors, List<Bookmark> outline) {

    /**
     * A place in the document.
     *
     * @param page the page index (0-based)
     * @param y its height in PDF coordinates
     */
    public record Position(int page, float y) {
    }

    /**
     * A bookmark.
     *
     * @param level its depth, 1 for top-level bookmarks
     * @param title its title
     * @param target the key of its anchor
     */
    public record Bookmark(int level, String title, String target) {
    }
}
