package rectify.ui.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryContentProvider;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryLabelProvider;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.DoubleClickEvent;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

import rectify.ui.editors.RecordEditors;
import rectify.ui.navigator.RegisterNavigator;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;
import rectify.ui.registers.RegisterListener;
import rectify.ui.registers.RegisterListener.Change;
import rectify.ui.registers.Selections;
import rectify.ui.validation.FindingGroups.ByRecord;
import rectify.ui.validation.FindingGroups.ByRule;

/**
 * The closed-loop check (闭环检查): the diagnostics of the open registers by record and by rule,
 * the rules named in words (their ids in the tool tips), errors first, renewed whenever the rules
 * are checked again. Double-clicking a finding selects its element in the Registers view and opens
 * its record in the record editor; selecting one shows the element in the Properties view. Its
 * context menu ({@value #ID}) takes the quick fixes other bundles contribute; its selection adapts
 * to the findings' elements and diagnostics.
 */
public final class ClosedLoopView extends ViewPart {

    /** The view's id, as declared in plugin.xml. */
    public static final String ID = "rectify.ui.closedLoop"; //$NON-NLS-1$

    private final RegisterListener listener = this::registerChanged;
    private TreeViewer viewer;
    private AdapterFactoryLabelProvider labels;

    @Override
    public void createPartControl(Composite parent) {
        labels = new AdapterFactoryLabelProvider(OpenRegisters.get().adapterFactory());
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        Tree tree = viewer.getTree();
        tree.setHeaderVisible(true);
        tree.setLinesVisible(true);
        column(Messages.columnFinding, 460, this::name, this::image);
        column(Messages.columnMessage, 520, this::message, element -> null);
        column(Messages.columnSeverity, 90, element -> severityText(severity(element)),
                element -> severityImage(severity(element)));
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.setContentProvider(new Groups());
        viewer.setComparer(new IElementComparer() {
            @Override
            public boolean equals(Object a, Object b) {
                return Objects.equals(FindingGroups.identity(a), FindingGroups.identity(b));
            }

            @Override
            public int hashCode(Object element) {
                return Objects.hashCode(FindingGroups.identity(element));
            }
        });
        viewer.addDoubleClickListener(this::doubleClicked);
        getSite().setSelectionProvider(viewer);
        MenuManager menu = new MenuManager();
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
        OpenRegisters.get().addListener(listener);
        refresh();
    }

    private void column(String title, int width, Function<Object, String> text, Function<Object, Image> image) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }

            @Override
            public Image getImage(Object element) {
                return image.apply(element);
            }

            @Override
            public String getToolTipText(Object element) {
                return toolTip(element);
            }
        });
    }

    /** The tree: records, their rules, the findings of each. */
    private static final class Groups implements ITreeContentProvider {

        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return switch (parent) {
                case ByRecord group -> group.rules().toArray();
                case ByRule group -> group.findings().toArray();
                default -> new Object[0];
            };
        }

        @Override
        public Object getParent(Object element) {
            return switch (element) {
                case ByRule group -> group.parent();
                default -> null;
            };
        }

        @Override
        public boolean hasChildren(Object element) {
            return !(element instanceof Finding);
        }
    }

    private String name(Object element) {
        return switch (element) {
            case ByRecord group -> group.record() == null ? group.register().file().getFileName().toString()
                    : Objects.toString(group.record().getTitle(), ""); //$NON-NLS-1$
            case ByRule group -> NLS.bind(Messages.ruleCount, group.title(), group.findings().size());
            case Finding finding -> finding.element() == null ? "" : labels.getText(finding.element()); //$NON-NLS-1$
            default -> ""; //$NON-NLS-1$
        };
    }

    private Image image(Object element) {
        return switch (element) {
            case ByRecord group -> group.record() == null ? null : labels.getImage(group.record());
            case Finding finding -> finding.element() == null ? null : labels.getImage(finding.element());
            default -> null;
        };
    }

    private String message(Object element) {
        return switch (element) {
            case ByRecord group -> Summaries.of(group.count(Diagnostic.ERROR),
                    group.count(Diagnostic.WARNING) - group.count(Diagnostic.ERROR));
            case Finding finding -> finding.diagnostic().getMessage();
            default -> ""; //$NON-NLS-1$
        };
    }

    private static int severity(Object element) {
        return switch (element) {
            case ByRecord group -> group.severity();
            case ByRule group -> group.severity();
            case Finding finding -> finding.diagnostic().getSeverity();
            default -> Diagnostic.OK;
        };
    }

    /** @return the rule's id, kept for those who know the rules by it */
    private static String toolTip(Object element) {
        return switch (element) {
            case ByRule group -> NLS.bind(Messages.ruleId, group.ruleId());
            case Finding finding -> NLS.bind(Messages.ruleId, finding.ruleId());
            default -> null;
        };
    }

    private static String severityText(int severity) {
        return switch (severity) {
            case Diagnostic.ERROR, Diagnostic.CANCEL -> Messages.severityError;
            case Diagnostic.WARNING -> Messages.severityWarning;
            default -> Messages.severityInfo;
        };
    }

    private static Image severityImage(int severity) {
        String name = switch (severity) {
            case Diagnostic.ERROR, Diagnostic.CANCEL -> ISharedImages.IMG_OBJS_ERROR_TSK;
            case Diagnostic.WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
            default -> ISharedImages.IMG_OBJS_INFO_TSK;
        };
        return PlatformUI.getWorkbench().getSharedImages().getImage(name);
    }

    private void registerChanged(OpenRegister register, Change change) {
        if (change == Change.DIAGNOSTICS || change == Change.CLOSED) {
            refresh();
        }
    }

    /**
     * Shows the diagnostics of the open registers as they were last checked, keeping what was
     * expanded; a record is expanded to its rules when it first shows.
     */
    private void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        List<ByRecord> groups = FindingGroups.of(OpenRegisters.get().registers());
        Set<Object> shown = viewer.getInput() instanceof List<?> before
                ? before.stream().map(FindingGroups::identity).collect(Collectors.toSet())
                : Set.of();
        List<Object> expanded = new ArrayList<>(Arrays.asList(viewer.getExpandedElements()));
        groups.stream().filter(group -> !shown.contains(FindingGroups.identity(group))).forEach(expanded::add);
        viewer.getControl().setRedraw(false);
        try {
            viewer.setInput(groups);
            viewer.setExpandedElements(expanded.toArray());
        } finally {
            viewer.getControl().setRedraw(true);
        }
        long errors = groups.stream().mapToLong(group -> group.count(Diagnostic.ERROR)).sum();
        long warnings = groups.stream().mapToLong(group -> group.count(Diagnostic.WARNING)).sum() - errors;
        if (!groups.isEmpty()) {
            setContentDescription(Summaries.of(errors, warnings));
        } else {
            // nothing found in no register is not a closed loop (the registers may still be opening)
            setContentDescription(OpenRegisters.get().registers().isEmpty() ? Messages.summaryNoRegister
                    : Messages.summaryComplete);
        }
    }

    /** @return the view's tree */
    TreeViewer viewer() {
        return viewer;
    }

    /** All findings in the view, in its order. */
    List<Finding> findings() {
        if (!(viewer.getInput() instanceof List<?> groups)) {
            return List.of();
        }
        return groups.stream().map(ByRecord.class::cast).flatMap(group -> group.rules().stream())
                .flatMap(rule -> rule.findings().stream()).toList();
    }

    private void doubleClicked(DoubleClickEvent event) {
        Object chosen = Selections.single(event.getSelection());
        if (!(chosen instanceof Finding finding)) {
            if (chosen != null) {
                viewer.setExpandedState(chosen, !viewer.getExpandedState(chosen));
            }
            return;
        }
        if (finding.element() == null) {
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
            AdapterFactoryContentProvider properties = new AdapterFactoryContentProvider(
                    OpenRegisters.get().adapterFactory());
            page.setPropertySourceProvider(item -> properties.getPropertySource(switch (item) {
                case Finding finding -> finding.element();
                case ByRecord group -> group.record();
                default -> item;
            }));
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
