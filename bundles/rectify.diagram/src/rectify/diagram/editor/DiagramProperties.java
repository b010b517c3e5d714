package rectify.diagram.editor;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryContentProvider;
import org.eclipse.emf.edit.ui.view.ExtendedPropertySheetPage;
import org.eclipse.gef.EditPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.IPropertySource;

import rectify.chain.Link;

/**
 * The Properties view of the diagram: a node shows its element's properties, edited through the
 * register's command stack as in the forms; a link shows its kind and ends.
 */
final class DiagramProperties extends AdapterFactoryContentProvider {

    private DiagramProperties(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    static IPropertySheetPage page(AdapterFactoryEditingDomain domain, AdapterFactory adapterFactory) {
        ExtendedPropertySheetPage page = new ExtendedPropertySheetPage(domain);
        page.setPropertySourceProvider(new DiagramProperties(adapterFactory));
        return page;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        Object model = object instanceof EditPart part ? part.getModel() : object;
        return model instanceof Link link ? new LinkProperties(link) : super.getPropertySource(model);
    }
}
