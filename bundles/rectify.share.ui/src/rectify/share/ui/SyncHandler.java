package rectify.share.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import rectify.share.Credentials;
import rectify.share.ShareException;
import rectify.share.Sync;
import rectify.share.store.Repositories;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.Saving;

/**
 * Synchronise (同步): saves the shared register if needed, asks for its server the first time
 * (the password kept in the secure storage), then fetches, merges and pushes in the background
 * ({@link IntegrationJob}); a failure asks for the server and credentials again.
 */
public final class SyncHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        OpenRegister register = Shared.sharedOrSay(event);
        Shell shell = HandlerUtil.getActiveShell(event);
        if (register == null || register.isDirty() && !Saving.save(shell, register)) {
            return null;
        }
        String address = remembered(Shared.folder(register));
        if (address == null) {
            ask(shell, register, null, null, null);
        } else {
            start(shell, register, address, false, CredentialStore.get(address));
        }
        return null;
    }

    /** Asks for the server (again, after {@code error}) and synchronises with what is entered. */
    static void ask(Shell shell, OpenRegister register, String address, CredentialStore.Login login, String error) {
        ServerDialog.Server server = new ServerDialog(shell, address, login, error).ask();
        if (server == null) {
            return;
        }
        if (server.login() != null && server.remember()) {
            try {
                CredentialStore.put(server.address(), server.login());
            } catch (StorageException e) {
                MessageDialog.openWarning(shell, Messages.serverTitle,
                        NLS.bind(Messages.notRemembered, e.getMessage()));
            }
        }
        start(shell, register, server.address(), true, server.login());
    }

    static void start(Shell shell, OpenRegister register, String address, boolean given, CredentialStore.Login login) {
        Path folder = Shared.folder(register);
        new IntegrationJob(NLS.bind(Messages.syncJob, folder.getFileName()), register, address,
                (monitor, resolver) -> Sync.run(folder, given ? address : null,
                        login == null ? null : Credentials.of(login.user(), login.password()), new JobMonitor(monitor),
                        resolver),
                failure -> {
                    if (failure instanceof ShareException
                            && !rectify.share.Messages.cancelled.equals(failure.getMessage())) {
                        ask(shell, register, address, login, failure.getMessage());
                    } else if (!rectify.share.Messages.cancelled.equals(failure.getMessage())) {
                        MessageDialog.openError(shell, Messages.syncFailed, failure.getMessage());
                    }
                }).schedule();
    }

    /** @return the server a shared register synchronises with, or {@code null} */
    static String remembered(Path folder) {
        try (Repository repository = Repositories.open(folder)) {
            return repository.getConfig().getString("remote", Sync.REMOTE, "url"); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IOException e) {
            return null;
        }
    }
}
