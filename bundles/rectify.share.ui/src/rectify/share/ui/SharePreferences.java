package rectify.share.ui;

import org.eclipse.core.runtime.preferences.InstanceScope;

import rectify.share.Authors;
import rectify.ui.preferences.RectifyPreferences;

/**
 * The author of the commits of shared registers, from the preferences: a name (by default the
 * author of progress entries, {@link RectifyPreferences#author()}) and an e-mail.
 */
final class SharePreferences {

    static final String QUALIFIER = "rectify.share.ui"; //$NON-NLS-1$
    static final String NAME = "author.name"; //$NON-NLS-1$
    static final String EMAIL = "author.email"; //$NON-NLS-1$

    private SharePreferences() {
    }

    /** @return the author the preferences give; blank parts are left to Git's configuration */
    static Authors.Author author() {
        var node = InstanceScope.INSTANCE.getNode(QUALIFIER);
        String name = node.get(NAME, ""); //$NON-NLS-1$
        if (name.isBlank()) {
            name = RectifyPreferences.author();
        }
        return new Authors.Author(name, node.get(EMAIL, "")); //$NON-NLS-1$
    }
}
