package rectify.search.ui.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;

import rectify.search.SearchRequest;
import rectify.testing.Events;
import rectify.testing.Screenshots;

/** The search dialog driven as a user drives it. */
public final class SearchDialogs {

    private SearchDialogs() {
    }

    /**
     * Opens the dialog, types words and presses Search.
     *
     * @return what the dialog asks to search for
     */
    public static SearchRequest typeAndSearch(String words) {
        SearchDialog dialog = new SearchDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.type(words);
        Screenshots.save(dialog.getShell(), "search-dialog");
        dialog.searchButton().notifyListeners(SWT.Selection, new Event());
        assertEquals(Window.OK, dialog.getReturnCode());
        return dialog.request();
    }
}
