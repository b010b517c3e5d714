package rectify.diagram.editor;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.edit.ui.provider.ExtendedImageRegistry;
import org.eclipse.gef.palette.ConnectionCreationToolEntry;
import org.eclipse.gef.palette.CreationToolEntry;
import org.eclipse.gef.palette.MarqueeToolEntry;
import org.eclipse.gef.palette.PaletteDrawer;
import org.eclipse.gef.palette.PaletteGroup;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.palette.PanningSelectionToolEntry;
import org.eclipse.gef.palette.ToolEntry;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;

import rectify.chain.Lane;
import rectify.chain.LinkKind;
import rectify.diagram.Messages;
import rectify.diagram.actions.Icons;
import rectify.model.RectifyFactory;
import rectify.model.provider.RectifyEditPlugin;

/** The palette: selection and marquee; new problems, causes and measures; the three kinds of link. */
final class DiagramPalette {

    private DiagramPalette() {
    }

    static PaletteRoot create() {
        PaletteRoot root = new PaletteRoot();
        PaletteGroup tools = new PaletteGroup(Messages.paletteTools);
        ToolEntry selection = new PanningSelectionToolEntry(Messages.toolSelect, Messages.toolSelectTip);
        tools.add(selection);
        tools.add(new MarqueeToolEntry(Messages.toolMarquee, Messages.toolMarqueeTip));
        root.add(tools);
        root.setDefaultEntry(selection);

        PaletteDrawer nodes = new PaletteDrawer(Messages.paletteNodes);
        nodes.add(node(Lane.PROBLEMS, Messages.toolProblem, Messages.toolProblemTip));
        nodes.add(node(Lane.CAUSES, Messages.toolCause, Messages.toolCauseTip));
        nodes.add(node(Lane.MEASURES, Messages.toolMeasure, Messages.toolMeasureTip));
        root.add(nodes);

        PaletteDrawer links = new PaletteDrawer(Messages.paletteLinks);
        links.add(link(LinkKind.CAUSED_BY, "link-caused-by.png"));
        links.add(link(LinkKind.ADDRESSES, "link-addresses.png"));
        links.add(link(LinkKind.REMEDIES, "link-remedies.png"));
        root.add(links);
        return root;
    }

    private static ToolEntry node(Lane lane, String label, String description) {
        EClass type = lane.type();
        ImageDescriptor icon = ExtendedImageRegistry.getInstance()
                .getImageDescriptor(RectifyEditPlugin.INSTANCE.getImage("full/obj16/" + type.getName()));
        CreationToolEntry entry = new CreationToolEntry(label, description,
                new PaletteFactory(type, () -> RectifyFactory.eINSTANCE.create(type)), icon, icon);
        entry.setToolClass(HeadlineCreationTool.class);
        return entry;
    }

    private static ToolEntry link(LinkKind kind, String icon) {
        ImageDescriptor image = Icons.descriptor(icon);
        return new ConnectionCreationToolEntry(
                NLS.bind(Messages.toolLink,
                        new Object[] { kind.label(), kind.source().label(), kind.target().label() }),
                NLS.bind(Messages.toolLinkTip, kind.source().label(), kind.target().label()),
                new PaletteFactory(kind, () -> kind), image, image);
    }
}
