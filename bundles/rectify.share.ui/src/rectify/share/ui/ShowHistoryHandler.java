package rectify.share.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Show History (查看历史记录): the History view, on the selected record or element. */
public final class ShowHistoryHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            HistoryView view = (HistoryView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
                    .showView(HistoryView.ID);
            view.show(Shared.element(HandlerUtil.getCurrentSelection(event)));
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
