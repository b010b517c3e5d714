package rectify.editor.pages;

import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.Section;

import rectify.editor.fields.FieldFactory;
import rectify.model.Record;
import rectify.ui.registers.OpenRegister;

/** Kind, title, date, place, host, attendees, theme, the notice it answers, and the counts. */
public final class OverviewPage extends RecordPage {

    public OverviewPage(FormEditor editor, OpenRegister register, Record record) {
        super(editor, "overview", Messages.overview, register, record);
    }

    @Override
    protected void fill(IManagedForm managed) {
        Section section = managed.getToolkit().createSection(managed.getForm().getBody(),
                ExpandableComposite.TITLE_BAR);
        section.setText(Messages.record);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
        Composite body = managed.getToolkit().createComposite(section);
        section.setClient(body);
        new DetailsPane(body, new FieldFactory(managed.getToolkit(), adapterFactory()), managed.getForm())
                .show(record(), Set.of());
    }
}
