package rectify.archive.ui;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import rectify.archive.FontRole;
import rectify.ui.preferences.RectifyPreferences;

/** Window › Preferences › Rectify › Archive Fonts: a font file for each role, or automatic. */
public final class ArchiveFontsPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    private static final String[] FONT_FILES = { "*.ttf;*.otf;*.ttc;*.TTF;*.OTF;*.TTC", "*" }; //$NON-NLS-1$ //$NON-NLS-2$

    public ArchiveFontsPreferencePage() {
        super(GRID);
        setDescription(Messages.fontsDescription);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, RectifyPreferences.QUALIFIER));
    }

    @Override
    protected void createFieldEditors() {
        for (FontRole role : FontRole.values()) {
            FileFieldEditor editor = new FileFieldEditor(ArchiveFonts.key(role), label(role), true,
                    getFieldEditorParent());
            editor.setEmptyStringAllowed(true);
            editor.setFileExtensions(FONT_FILES);
            editor.setErrorMessage(Messages.fontMissing);
            addField(editor);
        }
    }

    private static String label(FontRole role) {
        return switch (role) {
            case TITLE -> Messages.fontTitle;
            case BODY -> Messages.fontBody;
            case HEADING1 -> Messages.fontHeading1;
            case HEADING2 -> Messages.fontHeading2;
            case PAGE_NUMBER -> Messages.fontPageNumber;
        };
    }
}
