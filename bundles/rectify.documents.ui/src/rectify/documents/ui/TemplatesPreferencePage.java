package rectify.documents.ui;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import rectify.documents.DocumentKind;
import rectify.ui.preferences.RectifyPreferences;

/** Window › Preferences › Rectify › Word Templates: a template file for each document, or the shipped one. */
public final class TemplatesPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    private static final String[] WORD_FILES = { "*.docx;*.DOCX", "*" }; //$NON-NLS-1$ //$NON-NLS-2$

    public TemplatesPreferencePage() {
        super(GRID);
        setDescription(Messages.templatesDescription);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, RectifyPreferences.QUALIFIER));
    }

    @Override
    protected void createFieldEditors() {
        for (DocumentKind kind : DocumentKind.values()) {
            FileFieldEditor editor = new FileFieldEditor(WordTemplates.key(kind), kind.label() + ":", true, //$NON-NLS-1$
                    getFieldEditorParent());
            editor.setEmptyStringAllowed(true);
            editor.setFileExtensions(WORD_FILES);
            editor.setErrorMessage(Messages.templateMissing);
            addField(editor);
        }
    }
}
