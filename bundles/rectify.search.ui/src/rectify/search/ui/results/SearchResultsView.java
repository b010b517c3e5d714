package rectify.search.ui.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.DoubleClickEvent;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.StyledString.Styler;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.TextStyle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import rectify.core.io.FileNames;
import rectify.core.io.RegisterFileException;
import rectify.search.QueryException;
import rectify.search.Search;
import rectify.search.SearchHit;
import rectify.search.SearchIndexes;
import rectify.search.SearchRequest;
import rectify.search.SearchResult;
import rectify.search.SearchScope;
import rectify.search.Span;
import rectify.search.ui.Labels;
import rectify.search.ui.Messages;
import rectify.search.ui.SearchScopes;
import rectify.search.ui.recurrence.RecurrenceWatch;
import rectify.ui.editors.RecordEditors;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/**
 * The hits of the last search (检索结果), by record, each with its kind, number and the sentences
 * that matched, what matched in bold; double-click opens the element in its record's editor (the
 * register is opened when it is not yet). The toolbar searches again and builds the indexes anew.
 */
public final class SearchResultsView extends ViewPart {

    /** The view's id, as declared in plugin.xml. */
    public static final String ID = "rectify.search.ui.results"; //$NON-NLS-1$
    private static final int LIMIT = 500;

    private TreeViewer viewer;
    private SearchRequest request;
    private boolean withFolders;
    private SearchResult result;

    /** A record's hits. */
    record Group(Path register, String recordTitle, int year, List<SearchHit> hits) {
    }

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL | SWT.FULL_SELECTION);
        viewer.setContentProvider(new Groups());
        viewer.setLabelProvider(new HitLabels(viewer.getControl().getFont()));
        viewer.addDoubleClickListener(this::open);
        setContentDescription(Messages.resultsNone);
        Action again = new Action(Messages.resultsAgain,
                ImageDescriptor.createFromURL(getClass().getResource("/icons/search.png"))) { //$NON-NLS-1$
            @Override
            public void run() {
                if (request != null) {
                    search(request, withFolders);
                }
            }
        };
        Action rebuild = new Action(Messages.resultsRebuild) {
            @Override
            public void run() {
                rebuild();
            }
        };
        getViewSite().getActionBars().getToolBarManager().add(again);
        getViewSite().getActionBars().getMenuManager().add(rebuild);
    }

    /**
     * Searches in the background and shows the hits.
     *
     * @param search what to search for
     * @param folders whether the other registers of the open registers' folders are searched too
     */
    public void search(SearchRequest search, boolean folders) {
        request = search;
        withFolders = folders;
        SearchScope scope = SearchScopes.ofOpenRegisters(folders);
        setContentDescription(NLS.bind(Messages.resultsSearching, search.text()));
        Display display = viewer.getControl().getDisplay();
        Job job = Job.create(Messages.jobSearch, monitor -> {
            try {
                SearchResult found = Search.run(scope, search, LIMIT);
                display.asyncExec(() -> show(search, found));
            } catch (QueryException e) {
                display.asyncExec(() -> {
                    setContentDescription(e.getMessage());
                    MessageDialog.openInformation(getSite().getShell(), Messages.searchTitle, e.getMessage());
                });
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }

    private void rebuild() {
        SearchScope scope = SearchScopes.ofOpenRegisters(withFolders);
        Display display = viewer.getControl().getDisplay();
        Job job = Job.create(Messages.jobRebuild, monitor -> {
            List<String> notes = new ArrayList<>();
            monitor.beginTask(Messages.jobRebuild, scope.registers().size());
            for (Path register : scope.registers()) {
                try {
                    String note = SearchIndexes.rebuild(register);
                    if (note != null) {
                        notes.add(note);
                    }
                } catch (java.io.IOException e) {
                    notes.add(e.getMessage());
                }
                monitor.worked(1);
            }
            display.asyncExec(() -> {
                OpenRegisters.get().registers().forEach(RecurrenceWatch.get()::refresh);
                if (!notes.isEmpty()) {
                    MessageDialog.openWarning(getSite().getShell(), Messages.jobRebuild, String.join("\n", notes)); //$NON-NLS-1$
                }
                if (request != null) {
                    search(request, withFolders);
                }
            });
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }

    private void show(SearchRequest search, SearchResult found) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        result = found;
        Map<List<Object>, Group> groups = new LinkedHashMap<>();
        for (SearchHit hit : found.hits()) {
            groups.computeIfAbsent(List.of(hit.register(), hit.recordId()),
                    key -> new Group(hit.register(), hit.recordTitle(), hit.year(), new ArrayList<>())).hits().add(hit);
        }
        viewer.setInput(List.copyOf(groups.values()));
        viewer.expandAll();
        String description = NLS.bind(Messages.resultsFound,
                new Object[] { search.text().isEmpty() ? Messages.resultsByFilters
                        : search.text(), found.hits().size(), found.total(), found.registers() });
        setContentDescription(
                found.notes().isEmpty() ? description : description + " " + String.join(" ", found.notes())); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Opens the element of a hit in its record's editor, opening its register when needed. */
    private void open(DoubleClickEvent event) {
        Object chosen = viewer.getStructuredSelection().getFirstElement();
        if (!(chosen instanceof SearchHit hit)) {
            return;
        }
        try {
            OpenRegister register = OpenRegisters.get().open(hit.register());
            EObject element = register.register().eResource().getEObject(hit.elementId());
            if (element == null) {
                MessageDialog.openInformation(getSite().getShell(), Messages.searchTitle, Messages.resultsGone);
                return;
            }
            RecordEditors.open(getSite().getPage(), register, element);
        } catch (RegisterFileException e) {
            MessageDialog.openError(getSite().getShell(), Messages.searchTitle, e.getMessage());
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), Messages.searchTitle, e.getMessage());
        }
    }

    /** @return the last result shown (the tests look at it) */
    SearchResult result() {
        return result;
    }

    /** @return the tree of hits (the tests look at it) */
    TreeViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    /** Records, and their hits. */
    private static final class Groups implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof Group group ? group.hits().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Group;
        }
    }

    /** A record with its year, file and number of hits; a hit with its kind and number, and the sentences with what matched in bold. */
    static final class HitLabels extends StyledCellLabelProvider {

        private final Font bold;
        private final Styler matched = new Styler() {
            @Override
            public void applyStyles(TextStyle style) {
                style.font = bold;
            }
        };

        HitLabels(Font font) {
            FontData[] data = font.getFontData();
            for (FontData each : data) {
                each.setStyle(SWT.BOLD);
            }
            bold = new Font(font.getDevice(), data);
        }

        @Override
        public void update(ViewerCell cell) {
            StyledString text = text(cell.getElement());
            cell.setText(text.getString());
            cell.setStyleRanges(text.getStyleRanges());
            super.update(cell);
        }

        StyledString text(Object element) {
            StyledString text = new StyledString();
            if (element instanceof Group group) {
                text.append(group.recordTitle());
                text.append(NLS.bind(Messages.resultsGroup,
                        new Object[] { group.year(), FileNames.escape(group.register().getFileName().toString()),
                                group.hits().size() }),
                        StyledString.QUALIFIER_STYLER);
            } else if (element instanceof SearchHit hit) {
                text.append(NLS.bind(Messages.resultsHit, Labels.kind(hit.kind()), hit.number()),
                        StyledString.DECORATIONS_STYLER);
                int start = text.length();
                text.append(hit.text().replace('\n', ' '));
                for (Span span : hit.highlights()) {
                    text.setStyle(start + span.start(), span.end() - span.start(), matched);
                }
            }
            return text;
        }

        @Override
        public void dispose() {
            bold.dispose();
            super.dispose();
        }
    }
}
