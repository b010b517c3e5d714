package rectify.share.ui;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Rectify › Sharing: who commits the saves of shared registers. */
public final class SharePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public SharePreferencePage() {
        super(GRID);
        setDescription(Messages.preferencesDescription);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE,
                SharePreferences.QUALIFIER));
    }

    @Override
    protected void createFieldEditors() {
        addField(new StringFieldEditor(SharePreferences.NAME, Messages.authorName, getFieldEditorParent()));
        addField(new StringFieldEditor(SharePreferences.EMAIL, Messages.authorEmail, getFieldEditorParent()));
    }
}
