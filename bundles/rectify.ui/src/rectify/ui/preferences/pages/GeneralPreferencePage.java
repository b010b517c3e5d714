package rectify.ui.preferences.pages;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import rectify.ui.preferences.RectifyPreferences;

/** Window › Preferences › Rectify: the organization, the default author and the deadline warnings. */
public final class GeneralPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    private static final int MAXIMUM_DAYS = 365;

    private IntegerFieldEditor early;
    private IntegerFieldEditor urgent;

    public GeneralPreferencePage() {
        super(GRID);
        setDescription(Messages.generalDescription);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(Preferences.store());
    }

    @Override
    protected void createFieldEditors() {
        Group organization = group(Messages.organizationGroup);
        addField(new StringFieldEditor(RectifyPreferences.ORGANIZATION, Messages.organization, organization));
        addField(new StringFieldEditor(RectifyPreferences.AUTHOR, Messages.author, organization));
        Group deadlines = group(Messages.deadlinesGroup);
        early = days(deadlines, RectifyPreferences.WARNING_DAYS_EARLY, Messages.earlyDays, 1);
        urgent = days(deadlines, RectifyPreferences.WARNING_DAYS_URGENT, Messages.urgentDays, 0);
        for (Group group : new Group[] { organization, deadlines }) {
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
        }
    }

    /** @return a group spanning the page; its field editors lay it out, its margins are set after */
    private Group group(String title) {
        Group group = new Group(getFieldEditorParent(), SWT.NONE);
        group.setText(title);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(group);
        return group;
    }

    private IntegerFieldEditor days(Composite parent, String key, String label, int minimum) {
        IntegerFieldEditor editor = new IntegerFieldEditor(key, label, parent, 3);
        editor.setValidRange(minimum, MAXIMUM_DAYS);
        addField(editor);
        return editor;
    }

    @Override
    public void propertyChange(PropertyChangeEvent event) {
        super.propertyChange(event);
        if (FieldEditor.VALUE.equals(event.getProperty())) {
            checkState();
        }
    }

    /** Also checks that a measure becomes urgent no earlier than it becomes due soon. */
    @Override
    protected void checkState() {
        super.checkState();
        if (isValid() && early.isValid() && urgent.isValid() && urgent.getIntValue() > early.getIntValue()) {
            setErrorMessage(Messages.urgentAfterEarly);
            setValid(false);
        }
    }
}
