package rectify.ui.editors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.IShowInTarget;
import org.eclipse.ui.part.ShowInContext;

import rectify.model.Record;
import rectify.model.edit.Labels;
import rectify.ui.registers.OpenRegister;

/**
 * Opens records in the record editor ({@value #EDITOR_ID}), which another bundle contributes, and
 * the Outline beside it when it is not open. An editor that adapts to {@link IShowInTarget} is then
 * asked to show the element opened, e.g. a problem of the record.
 */
public final class RecordEditors {

    /** The id of the record editor. */
    public static final String EDITOR_ID = "rectify.editor.record"; //$NON-NLS-1$

    private RecordEditors() {
    }

    /** @return true when a record editor is installed */
    public static boolean installed() {
        return PlatformUI.getWorkbench().getEditorRegistry().findEditor(EDITOR_ID) != null;
    }

    /** @return the record that is or holds {@code element}; null when it is in no record */
    public static Record recordOf(EObject element) {
        for (EObject object = element; object != null; object = object.eContainer()) {
            if (object instanceof Record record) {
                return record;
            }
        }
        return null;
    }

    /**
     * Opens the record that holds an element in the record editor, or brings its editor to the
     * front, and shows the element there.
     *
     * @param page the page to open the editor in
     * @param register the open register that holds the element
     * @param element a record or an element inside one
     * @return the editor; null when no record editor is installed or the element is in no record
     * @throws PartInitException when the editor cannot be opened
     */
    public static IEditorPart open(IWorkbenchPage page, OpenRegister register, EObject element)
            throws PartInitException {
        Record record = recordOf(element);
        if (record == null || !installed()) {
            return null;
        }
        IEditorPart editor = page.openEditor(new RegisterElementInput(register, record, nameOf(record)), EDITOR_ID);
        if (page.findView(IPageLayout.ID_OUTLINE) == null) {
            page.showView(IPageLayout.ID_OUTLINE, null, IWorkbenchPage.VIEW_VISIBLE);
        }
        IShowInTarget target = editor == null ? null : editor.getAdapter(IShowInTarget.class);
        if (target != null && element != record) {
            target.show(new ShowInContext(null, new StructuredSelection(element)));
        }
        return editor;
    }

    /** @return the name of a record's editor: its title, or the name of its kind without one */
    private static String nameOf(Record record) {
        String title = record.getTitle();
        return title == null || title.isBlank()
                ? Labels.type(record.eClass())
                : title;
    }
}
