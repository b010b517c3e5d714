package rectify.ui.navigator;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryLabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import rectify.model.Register;

/** Labels of the navigator: the file name for a register, the year for a group, else the model's. */
final class NavigatorLabelProvider extends AdapterFactoryLabelProvider {

    NavigatorLabelProvider(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    @Override
    public String getText(Object element) {
        if (element instanceof YearGroup group) {
            return NLS.bind(Messages.yearGroup, group.year(), group.records().size());
        }
        if (element instanceof Register register && register.eResource() != null) {
            String name = register.eResource().getURI().lastSegment();
            String organization = register.getOrganizationName();
            return organization == null || organization.isBlank() ? name : organization + " — " + name;
        }
        return super.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        if (element instanceof YearGroup) {
            return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
        }
        return super.getImage(element);
    }
}
