package rectify.search.ui;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;

import rectify.model.RectifyPackage;
import rectify.search.ElementKind;
import rectify.ui.registers.OpenRegisters;

/** Elements named as the workbench names them everywhere (their item providers' labels). */
public final class Labels {

    private Labels() {
    }

    /** @return the name of a kind of element in the user's language, as the workbench names the type, e.g. 问题 */
    public static String kind(ElementKind kind) {
        return rectify.model.edit.Labels.type(switch (kind) {
            case PROBLEM -> RectifyPackage.Literals.PROBLEM;
            case CAUSE -> RectifyPackage.Literals.CAUSE;
            case MEASURE -> RectifyPackage.Literals.MEASURE;
            case ASPECT -> RectifyPackage.Literals.ASPECT;
            case DIRECTION -> RectifyPackage.Literals.DIRECTION;
            case OPINION -> RectifyPackage.Literals.OPINION;
            case RECORD -> RectifyPackage.Literals.RECORD;
        });
    }

    /** @return the element's label, e.g. 问题 2.1 调查研究不够深入。 */
    public static String of(EObject element) {
        Object provider = OpenRegisters.get().adapterFactory().adapt(element, IItemLabelProvider.class);
        return provider instanceof IItemLabelProvider labels ? labels.getText(element) : String.valueOf(element);
    }
}
