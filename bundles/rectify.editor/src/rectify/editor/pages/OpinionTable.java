package rectify.editor.pages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import rectify.model.Meeting;
import rectify.model.Opinion;
import rectify.model.RectifyFactory;
import rectify.model.RectifyPackage.Literals;
import rectify.model.Solicitation;

/**
 * The opinions gathered by a meeting's solicitations, one row each: text, source, channel,
 * disposition, the problems they led to and whether feedback was given. Cells of one value are
 * edited in place, each edit one command on the file's stack; a click on a header sorts by that
 * column; a cell's whole text shows as its tool tip; the row selected is handed on (to show its
 * details).
 */
final class OpinionTable {

    /** The columns, in order, with the width each starts with. */
    private static final List<EStructuralFeature> COLUMNS = List.of(Literals.OPINION__TEXT,
            Literals.OPINION__SOURCE_UNIT,
            Literals.OPINION__SOURCE_KIND, Literals.OPINION__CHANNEL, Literals.OPINION__DISPOSITION,
            Literals.OPINION__PROBLEMS, Literals.OPINION__FEEDBACK_GIVEN);
    private static final int[] WIDTHS = { 360, 120, 100, 100, 90, 200, 70 };

    private final Meeting meeting;
    private final AdapterFactory adapterFactory;
    private final Section section;
    private final TableViewer viewer;
    private final EContentAdapter follower = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch() && !viewer.getControl().isDisposed()) {
                refresh();
            }
        }
    };

    OpinionTable(FormToolkit toolkit, Composite parent, Meeting meeting, AdapterFactory adapterFactory) {
        this.meeting = meeting;
        this.adapterFactory = adapterFactory;
        section = toolkit.createSection(parent, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
        section.setDescription(Messages.opinionsDescription);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
        Table table = toolkit.createTable(section, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().hint(SWT.DEFAULT, 240).applyTo(table);
        section.setClient(table);
        viewer = new TableViewer(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
        for (int i = 0; i < COLUMNS.size(); i++) {
            column(COLUMNS.get(i), WIDTHS[i]);
        }
        refresh();
        meeting.eAdapters().add(follower);
    }

    /** @return the table's viewer; its selection is the opinion chosen */
    TableViewer viewer() {
        return viewer;
    }

    private void column(EStructuralFeature feature, int width) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title(feature));
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text((Opinion) element, feature);
            }

            @Override
            public String getToolTipText(Object element) {
                String text = getText(element);
                return text.isEmpty() ? null : text;
            }
        });
        column.getColumn().addListener(SWT.Selection, event -> sortBy(column, feature));
        if (!feature.isMany() && feature.getEType().getInstanceClass() != boolean.class) {
            column.setEditingSupport(new Editing(feature));
        }
    }

    /** @return a column's title: the property's name in the UI's language */
    private String title(EStructuralFeature feature) {
        Opinion any = RectifyFactory.eINSTANCE.createOpinion();
        IItemPropertyDescriptor descriptor = propertyOf(any, feature);
        return descriptor == null ? feature.getName() : descriptor.getDisplayName(any);
    }

    private IItemPropertyDescriptor propertyOf(Opinion opinion, EStructuralFeature feature) {
        IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(opinion, IItemPropertySource.class);
        return source == null ? null : source.getPropertyDescriptor(opinion, feature.getName());
    }

    /** @return a cell's text: the value's label in the UI's language; the labels of many, joined */
    String text(Opinion opinion, EStructuralFeature feature) {
        IItemPropertyDescriptor descriptor = propertyOf(opinion, feature);
        Object value = opinion.eGet(feature);
        if (descriptor == null || value == null) {
            return "";
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(v -> descriptor.getLabelProvider(opinion).getText(v))
                    .collect(Collectors.joining(Messages.listSeparator));
        }
        if (value instanceof Boolean given) {
            return given ? "✓" : "";
        }
        return descriptor.getLabelProvider(opinion).getText(value);
    }

    private void sortBy(TableViewerColumn column, EStructuralFeature feature) {
        Table table = viewer.getTable();
        int direction = table.getSortColumn() == column.getColumn() && table.getSortDirection() == SWT.UP ? SWT.DOWN
                : SWT.UP;
        table.setSortColumn(column.getColumn());
        table.setSortDirection(direction);
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                int order = getComparator().compare(text((Opinion) a, feature), text((Opinion) b, feature));
                return direction == SWT.UP ? order : -order;
            }
        });
    }

    private void refresh() {
        List<Opinion> opinions = new ArrayList<>();
        meeting.getSolicitations().forEach(solicitation -> opinions.addAll(solicitation.getOpinions()));
        Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        viewer.setInput(opinions);
        int reported = meeting.getSolicitations().stream().mapToInt(Solicitation::getReportedCount).sum();
        section.setText(reported > opinions.size() ? NLS.bind(Messages.opinionsOfReported, opinions.size(), reported)
                : NLS.bind(Messages.opinions, opinions.size()));
        section.layout();
        if (selected != null && opinions.contains(selected)) {
            viewer.setSelection(new StructuredSelection(selected), true);
        }
    }

    void dispose() {
        meeting.eAdapters().remove(follower);
    }

    /** Edits a single value in place through the property's descriptor: one command each. */
    private final class Editing extends EditingSupport {

        private final EStructuralFeature feature;
        private final List<Object> choices = new ArrayList<>();

        Editing(EStructuralFeature feature) {
            super(viewer);
            this.feature = feature;
        }

        private IItemPropertyDescriptor descriptor(Object element) {
            return propertyOf((Opinion) element, feature);
        }

        private boolean isChoice() {
            return feature.getEType() instanceof EEnum || feature instanceof EReference;
        }

        @Override
        protected boolean canEdit(Object element) {
            IItemPropertyDescriptor descriptor = descriptor(element);
            return descriptor != null && descriptor.canSetProperty(element) && feature.isChangeable();
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            if (!isChoice()) {
                return new TextCellEditor(viewer.getTable());
            }
            choices.clear();
            Collection<?> offered = descriptor(element).getChoiceOfValues(element);
            if (offered != null) {
                choices.addAll(offered);
            }
            Opinion opinion = (Opinion) element;
            String[] labels = choices.stream()
                    .map(choice -> choice == null ? "" : descriptor(element).getLabelProvider(opinion).getText(choice))
                    .toArray(String[]::new);
            return new ComboBoxCellEditor(viewer.getTable(), labels, SWT.READ_ONLY);
        }

        @Override
        protected Object getValue(Object element) {
            Object value = ((Opinion) element).eGet(feature);
            return isChoice() ? Integer.valueOf(Math.max(0, choices.indexOf(value))) : Objects.toString(value, "");
        }

        @Override
        protected void setValue(Object element, Object value) {
            Object newValue = isChoice() ? choiceAt((Integer) value) : value;
            Object oldValue = ((Opinion) element).eGet(feature);
            if (isChoice() && (Integer) value < 0 || Objects.equals(newValue, oldValue)) {
                return;
            }
            descriptor(element).setPropertyValue(element, newValue);
        }

        private Object choiceAt(int index) {
            return index >= 0 && index < choices.size() ? choices.get(index) : null;
        }
    }
}
