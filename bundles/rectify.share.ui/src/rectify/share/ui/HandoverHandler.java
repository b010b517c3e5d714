package rectify.share.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import rectify.core.io.FileNames;
import rectify.share.Handover;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.Saving;

/**
 * Create Hand-over File (the changes since the last exchange, for removable media) and Apply
 * Hand-over File (merged in as a synchronisation is, in the background): {@code :create} or
 * {@code :apply} in plugin.xml.
 */
public final class HandoverHandler extends AbstractHandler implements IExecutableExtension {

    private static final String[] FILTER = { "*.bundle", "*" }; //$NON-NLS-1$ //$NON-NLS-2$
    private boolean create;

    @Override
    public void setInitializationData(IConfigurationElement config, String property, Object data) {
        create = "create".equals(data); //$NON-NLS-1$
    }

    @Override
    public Object execute(ExecutionEvent event) {
        OpenRegister register = Shared.sharedOrSay(event);
        Shell shell = HandlerUtil.getActiveShell(event);
        if (register == null || register.isDirty() && !Saving.save(shell, register)) {
            return null;
        }
        FileDialog dialog = new FileDialog(shell, create ? SWT.SAVE : SWT.OPEN);
        dialog.setText(create ? Messages.handoverCreateTitle : Messages.handoverApplyTitle);
        dialog.setFilterExtensions(FILTER);
        if (create) {
            dialog.setFileName(Shared.folder(register).getFileName() + ".bundle"); //$NON-NLS-1$
            dialog.setOverwrite(true);
        }
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        Path file = Path.of(chosen);
        if (create) {
            create(shell, register, file);
        } else {
            new IntegrationJob(Messages.handoverApplyTitle, register, file.getFileName().toString(),
                    (monitor, resolver) -> Handover.apply(Shared.folder(register), file, new JobMonitor(monitor),
                            resolver),
                    failure -> MessageDialog.openError(shell, Messages.handoverApplyTitle, failure.getMessage()))
                    .schedule();
        }
        return null;
    }

    private static void create(Shell shell, OpenRegister register, Path file) {
        Handover.Written[] written = new Handover.Written[1];
        IOException[] failed = new IOException[1];
        BusyIndicator.showWhile(shell.getDisplay(), () -> {
            try {
                written[0] = Handover.create(Shared.folder(register), file, false, null);
            } catch (IOException e) {
                failed[0] = e;
            }
        });
        if (failed[0] != null) {
            MessageDialog.openError(shell, Messages.handoverCreateTitle, failed[0].getMessage());
        } else {
            MessageDialog.openInformation(shell, Messages.handoverCreateTitle, NLS.bind(
                    written[0].full() ? Messages.handoverFull : Messages.handoverCreated, FileNames.display(file),
                    written[0].commits()));
        }
    }
}
