package rectify.archive.internal.layout;

import java.util.ArrayList;
import java.util.List;

/** One laid-out page: what is drawn on it and where its links go. */
public final class Page {

    /**
     * A rectangle that leads to an anchor.
     *
     * @param x left
     * @param y bottom
     * @param width width
     * @param height height
     * @param target the key of the anchor
     */
    public record Link(float x, float y, float width, float height, String target) {
    }

    private final List<Drawable> drawables = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();

    /** @return what is drawn, in order */
    public List<Drawable> drawables() {
        return drawables;
    }

    /** @return the links */
    public List<Link> links() {
        return links;
    }

    boolean isEmpty() {
        return drawables.isEmpty();
    }
}
