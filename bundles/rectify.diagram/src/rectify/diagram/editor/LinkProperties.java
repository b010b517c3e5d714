package rectify.diagram.editor;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import rectify.chain.Link;
import rectify.chain.view.NodeTexts;
import rectify.diagram.Messages;
import rectify.model.ChainElement;

/** The properties of a link, read only: its kind and the elements it joins. */
final class LinkProperties implements IPropertySource {

    private static final String KIND = "kind";
    private static final String SOURCE = "source";
    private static final String TARGET = "target";

    private final Link link;

    LinkProperties(Link link) {
        this.link = link;
    }

    @Override
    public Object getEditableValue() {
        return link;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        return new IPropertyDescriptor[] { new PropertyDescriptor(KIND, Messages.propertyKind),
                new PropertyDescriptor(SOURCE, Messages.propertySource),
                new PropertyDescriptor(TARGET, Messages.propertyTarget) };
    }

    @Override
    public Object getPropertyValue(Object id) {
        return switch ((String) id) {
            case KIND -> link.kind().label();
            case SOURCE -> label(link.source());
            case TARGET -> label(link.target());
            default -> null;
        };
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    /** A link's properties are what it is: nothing to reset. */
    @Override
    public void resetPropertyValue(Object id) {
        throw new UnsupportedOperationException("the properties of a link are read only");
    }

    /** A link's properties are what it is: nothing to set; delete the link and draw another. */
    @Override
    public void setPropertyValue(Object id, Object value) {
        throw new UnsupportedOperationException("the properties of a link are read only");
    }

    private static String label(ChainElement element) {
        return NodeTexts.title(element) + "  " + (element.getHeadline() == null ? "" : element.getHeadline());
    }
}
