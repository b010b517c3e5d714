package rectify.ui.validation;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryContentProvider;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryLabelProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.DoubleClickEvent;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

import rectify.model.Record;
import rectify.ui.editors.RecordEditors;
import rectify.ui.navigator.RegisterNavigator;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;
import rectify.ui.registers.RegisterListener.Change;
import rectify.ui.registers.RegisterListener;
import rectify.ui.registers.Selections;

/**
 * The closed-loop check (闭环检查): every diagnostic of the open registers, errors first, with
 * its rule, element, message and record, renewed whenever the rules are checked again.
 * Double-clicking a line selects its element in the Registers view and opens its record in the
 * record editor; selecting one shows the element in the Properties view.
 */
public final class ClosedLoopView extends ViewPart {

    /** The view's id, as declared in plugin.xml. */
    public static final String ID = "rectify.ui.closedLoop"; //$NON-NLS-1$

    private final RegisterListener listener = this::registerChanged;
    private TableViewer viewer;
    private AdapterFactoryLabelProvider labels;

    @Override
    public void createPartControl(Composite parent) {
        labels = new AdapterFactoryLabelProvider(OpenRegisters.get().adapterFactory());
        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        column(Messages.columnSeverity, 90, Finding::diagnostic, this::severityText, this::severityImage);
        column(Messages.columnRule, 150, Finding::ruleId, Object::toString, null);
        column(Messages.columnElement, 240, Finding::element, this::elementText, this::elementImage);
        column(Messages.columnMessage, 480, f -> f.diagnostic().getMessage(), Object::toString, null);
        column(Messages.columnRecord, 240, Finding::record, this::recordText, null);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addDoubleClickListener(this::doubleClicked);
        getSite().setSelectionProvider(viewer);
        OpenRegisters.get().addListener(listener);
        refresh();
    }

    private <T> void column(String title, int width, Function<Finding, T> value, Function<T, String> text,
            Function<T, Image> image) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                T shown = value.apply((Finding) element);
                return shown == null ? "" : text.apply(shown); //$NON-NLS-1$
            }

            @Override
            public Image getImage(Object element) {
                T shown = value.apply((Finding) element);
                return shown == null || image == null ? null : image.apply(shown);
            }
        });
    }

    private String severityText(Diagnostic diagnostic) {
        return switch (diagnostic.getSeverity()) {
            case Diagnostic.ERROR, Diagnostic.CANCEL -> Messages.severityError;
            case Diagnostic.WARNING -> Messages.severityWarning;
            default -> Messages.severityInfo;
        };
    }

    private Image severityImage(Diagnostic diagnostic) {
        String name = switch (diagnostic.getSeverity()) {
            case Diagnostic.ERROR, Diagnostic.CANCEL -> ISharedImages.IMG_OBJS_ERROR_TSK;
            case Diagnostic.WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
            default -> ISharedImages.IMG_OBJS_INFO_TSK;
        };
        return PlatformUI.getWorkbench().getSharedImages().getImage(name);
    }

    private String elementText(EObject element) {
        return labels.getText(element);
    }

    private Image elementImage(EObject element) {
        return labels.getImage(element);
    }

    private String recordText(Record record) {
        return record.getTitle() == null ? "" : record.getTitle(); //$NON-NLS-1$
    }

    private void registerChanged(OpenRegister register, Change change) {
        if (change == Change.DIAGNOSTICS || change == Change.CLOSED) {
            refresh();
        }
    }

    /** Lists the diagnostics of the open registers as they were last checked. */
    private void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        List<Finding> findings = Finding.of(OpenRegisters.get().registers());
        viewer.setInput(findings);
        long errors = findings.stream().filter(f -> f.diagnostic().getSeverity() >= Diagnostic.ERROR).count();
        long warnings = findings.stream().filter(f -> f.diagnostic().getSeverity() == Diagnostic.WARNING).count();
        setContentDescription(findings.isEmpty() ? Messages.summaryComplete : Summaries.of(errors, warnings));
    }

    private void doubleClicked(DoubleClickEvent event) {
        if (!(Selections.single(event.getSelection()) instanceof Finding finding) || finding.element() == null) {
            return;
        }
        IWorkbenchPage page = getSite().getPage();
        try {
            RegisterNavigator.reveal(page, finding.element());
            RecordEditors.open(page, finding.register(), finding.element());
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), Messages.openFailed, e.getMessage());
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == Control.class && viewer != null) {
            return type.cast(viewer.getControl());
        }
        if (type == IPropertySheetPage.class) {
            PropertySheetPage page = new PropertySheetPage();
            AdapterFactoryContentProvider properties = new AdapterFactoryContentProvider(OpenRegisters.get().adapterFactory());
            page.setPropertySourceProvider(item -> properties.getPropertySource(
                    item instanceof Finding finding ? finding.element() : item));
            return type.cast(page);
        }
        return super.getAdapter(type);
    }

    @Override
    public void dispose() {
        OpenRegisters.get().removeListener(listener);
        if (labels != null) {
            labels.dispose();
        }
        super.dispose();
    }
}
