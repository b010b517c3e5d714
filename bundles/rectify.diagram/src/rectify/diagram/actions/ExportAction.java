package rectify.diagram.actions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.ui.actions.WorkbenchPartAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;

import rectify.diagram.Messages;
import rectify.diagram.export.DiagramExport;

/** Exports the whole diagram, at 100 %, to a PNG or SVG file the user chooses. */
public final class ExportAction extends WorkbenchPartAction {

    /** The formats. */
    public enum Format {
        /** A raster image. */
        PNG,
        /** Vector graphics. */
        SVG
    }

    private final Format format;

    /** @param part a part that adapts to its {@link GraphicalViewer} */
    public ExportAction(IWorkbenchPart part, Format format) {
        super(part);
        this.format = format;
        setId(format == Format.PNG ? ActionIds.EXPORT_PNG : ActionIds.EXPORT_SVG);
        setText(format == Format.PNG ? Messages.actionExportPng : Messages.actionExportSvg);
        setToolTipText(getText().replace("&", "").replace("…", ""));
    }

    @Override
    protected boolean calculateEnabled() {
        return getWorkbenchPart().getAdapter(GraphicalViewer.class) != null;
    }

    @Override
    public void run() {
        Shell shell = getWorkbenchPart().getSite().getShell();
        String extension = format.name().toLowerCase(Locale.ROOT);
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + extension });
        dialog.setFileName(getWorkbenchPart().getTitle() + "." + extension);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen.endsWith("." + extension) ? chosen : chosen + "." + extension);
        GraphicalViewer viewer = getWorkbenchPart().getAdapter(GraphicalViewer.class);
        try {
            if (format == Format.PNG) {
                DiagramExport.png(viewer, file);
            } else {
                DiagramExport.svg(viewer, file);
            }
        } catch (IOException | SWTException e) {
            MessageDialog.openError(shell, Messages.exportFailedTitle,
                    NLS.bind(Messages.exportFailed, file, e.getMessage()));
        }
    }
}
