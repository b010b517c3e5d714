package rectify.editor.pages;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.Section;

import rectify.editor.fields.FieldFactory;
import rectify.model.RectifyFactory;
import rectify.model.RectifyPackage.Literals;
import rectify.model.Record;
import rectify.ui.registers.OpenRegister;

/**
 * Archival information (retention, year, organization code, item number) with the archival
 * reference (档号) derived from it, and the documents attached to the record.
 */
public final class ArchivalPage extends RecordPage {

    private TreeMasterDetail documents;

    public ArchivalPage(FormEditor editor, OpenRegister register, Record record) {
        super(editor, "archival", Messages.archival, register, record);
    }

    @Override
    protected void fill(IManagedForm managed) {
        Section section = managed.getToolkit().createSection(managed.getForm().getBody(),
                ExpandableComposite.TITLE_BAR);
        section.setText(Messages.archivalInfo);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
        Composite body = managed.getToolkit().createComposite(section);
        section.setClient(body);
        DetailsPane info = new DetailsPane(body, new FieldFactory(managed.getToolkit(), adapterFactory()),
                managed.getForm());
        if (record().getArchivalInfo() != null) {
            info.show(record().getArchivalInfo(), Set.of());
        } else {
            Button add = managed.getToolkit().createButton(body, Messages.addArchivalInfo, SWT.PUSH);
            add.addListener(SWT.Selection, event -> {
                domain().getCommandStack().execute(SetCommand.create(domain(), record(), Literals.RECORD__ARCHIVAL_INFO,
                        RectifyFactory.eINSTANCE.createArchivalInfo()));
                info.show(record().getArchivalInfo(), Set.of());
            });
        }
        documents = new TreeMasterDetail(managed.getToolkit(), managed.getForm(), managed.getForm().getBody(),
                Messages.documents, domain(), adapterFactory(), input -> record().getDocuments().toArray(),
                List.of(AddAction.under(Messages.addDocument, Record.class, record(), (domain, owner) -> AddCommand
                        .create(domain, owner, Literals.RECORD__DOCUMENTS,
                                RectifyFactory.eINSTANCE.createAttachedDocument()))),
                Set.of());
        documents.setInput(record());
    }

    @Override
    public void dispose() {
        if (documents != null) {
            documents.dispose();
        }
        super.dispose();
    }
}
