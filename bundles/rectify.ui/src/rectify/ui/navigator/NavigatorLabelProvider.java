package rectify.ui.navigator;

import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryLabelProvider;
import org.eclipse.emf.edit.ui.provider.ExtendedImageRegistry;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import rectify.model.Record;
import rectify.model.Register;
import rectify.model.edit.Labels;
import rectify.model.provider.RectifyEditPlugin;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/**
 * Labels of the navigator: registers by organization and file (with {@code *} when changed),
 * groups and review parts with their counts, records by title, else the model's labels. Icons of
 * nodes whose element, or something inside it, breaks a closed-loop rule carry an error or
 * warning mark.
 */
final class NavigatorLabelProvider extends AdapterFactoryLabelProvider {

    private final LocalResourceManager resources;

    NavigatorLabelProvider(AdapterFactory adapterFactory, Control owner) {
        super(adapterFactory);
        resources = new LocalResourceManager(JFaceResources.getResources(), owner);
    }

    @Override
    public String getText(Object element) {
        return switch (element) {
            case YearGroup group -> NLS.bind(Messages.yearGroup, group.year(), group.members().size());
            case KindGroup group -> NLS.bind(Messages.kindGroup, Labels.type(group.kind()), group.members().size());
            case ReviewSection section -> NLS.bind(switch (section.part()) {
                case PROBLEMS -> Messages.sectionProblems;
                case CAUSES -> Messages.sectionCauses;
                case MEASURES -> Messages.sectionMeasures;
            }, section.count());
            case Register register -> registerText(register);
            case Record record -> record.getTitle() == null || record.getTitle().isBlank() ? Messages.untitled
                    : record.getTitle();
            default -> super.getText(element);
        };
    }

    private static String registerText(Register register) {
        OpenRegister open = OpenRegisters.get().of(register).orElse(null);
        String name = open == null ? register.eResource().getURI().lastSegment() : open.file().getFileName().toString();
        String organization = register.getOrganizationName();
        String text = organization == null || organization.isBlank() ? name : organization + " — " + name;
        return open != null && open.isDirty() ? "*" + text : text;
    }

    @Override
    public Image getImage(Object element) {
        Image base = switch (element) {
            case YearGroup group -> PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
            case KindGroup group -> typeImage(group.kind().getName());
            case ReviewSection section -> typeImage(switch (section.part()) {
                case PROBLEMS -> "Problem"; //$NON-NLS-1$
                case CAUSES -> "Cause"; //$NON-NLS-1$
                case MEASURES -> "Measure"; //$NON-NLS-1$
            });
            default -> super.getImage(element);
        };
        int severity = severity(element);
        if (base == null || severity < Diagnostic.WARNING) {
            return base;
        }
        String mark = severity >= Diagnostic.ERROR ? ISharedImages.IMG_DEC_FIELD_ERROR
                : ISharedImages.IMG_DEC_FIELD_WARNING;
        ImageDescriptor overlay = PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(mark);
        return resources.create(new DecorationOverlayIcon(base, overlay, IDecoration.BOTTOM_LEFT));
    }

    /** @return the highest severity of the diagnostics about the node's elements and their contents */
    static int severity(Object element) {
        List<? extends EObject> elements = switch (element) {
            case NavigatorGroup group -> group.members();
            case EObject object -> List.of(object);
            default -> List.of();
        };
        return elements.stream()
                .mapToInt(object -> OpenRegisters.get().of(object).map(open -> open.severityWithin(object))
                        .orElse(Diagnostic.OK))
                .max()
                .orElse(Diagnostic.OK);
    }

    private static Image typeImage(String eClassName) {
        return ExtendedImageRegistry.INSTANCE.getImage(RectifyEditPlugin.INSTANCE.getImage("full/obj16/" + eClassName)); //$NON-NLS-1$
    }

    @Override
    public void dispose() {
        resources.dispose();
        super.dispose();
    }
}
