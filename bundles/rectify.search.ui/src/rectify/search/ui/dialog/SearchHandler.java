package rectify.search.ui.dialog;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import rectify.search.ui.results.SearchResultsView;

/** Search › Search… (Ctrl+H in the product): the search dialog; the hits go to the Search Results view. */
public final class SearchHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws org.eclipse.core.commands.ExecutionException {
        SearchDialog dialog = new SearchDialog(HandlerUtil.getActiveShell(event));
        if (dialog.open() != Window.OK) {
            return null;
        }
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        try {
            SearchResultsView view = (SearchResultsView) page.showView(SearchResultsView.ID);
            view.search(dialog.request(), dialog.withFolders());
        } catch (PartInitException e) {
            throw new org.eclipse.core.commands.ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
