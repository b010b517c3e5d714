package rectify.documents.ui;

import java.nio.file.Path;

import rectify.documents.DocumentKind;
import rectify.documents.DocumentTemplates;
import rectify.ui.preferences.RectifyPreferences;

/**
 * The organisation's Word templates, kept with the Rectify preferences as {@code template.material},
 * {@code template.plan}, {@code template.report}, {@code template.lists} and {@code template.meeting}
 * (an installation may preset them in {@code plugin_customization.ini}, e.g.
 * {@code rectify.ui/template.plan=…}); empty means the shipped template.
 */
final class WordTemplates {

    private WordTemplates() {
    }

    /** @return the preference key of a document's template */
    static String key(DocumentKind kind) {
        return "template." + kind.code(); //$NON-NLS-1$
    }

    /** @return the templates set in the preferences, the shipped ones for the others */
    static DocumentTemplates chosen() {
        DocumentTemplates templates = DocumentTemplates.shipped();
        for (DocumentKind kind : DocumentKind.values()) {
            Path file = RectifyPreferences.path(key(kind));
            if (file != null) {
                templates = templates.with(kind, file);
            }
        }
        return templates;
    }
}
