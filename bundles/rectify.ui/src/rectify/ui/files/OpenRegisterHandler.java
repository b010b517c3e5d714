package rectify.ui.files;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import rectify.core.io.RegisterFiles;
import rectify.ui.navigator.Opening;

/** File › Open Register…: a register file chosen in a file dialog, shown in the navigator. */
public final class OpenRegisterHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
        dialog.setText(Messages.openTitle);
        dialog.setFilterExtensions(new String[] { "*." + RegisterFiles.EXTENSION, "*" }); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setFilterNames(new String[] { Messages.registerFiles, Messages.allFiles });
        List<Path> recent = RecentFiles.list();
        dialog.setFilterPath(recent.isEmpty() ? System.getProperty("user.home") //$NON-NLS-1$
                : String.valueOf(recent.get(0).getParent()));
        String chosen = dialog.open();
        return chosen == null ? null : Opening.open(window, Path.of(chosen));
    }
}
