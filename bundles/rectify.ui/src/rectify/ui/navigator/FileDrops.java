package rectify.ui.navigator;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

import rectify.core.io.RegisterFiles;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/**
 * Files dropped on the navigator: registers ({@code .rectify}) open; any other file is offered to
 * the import command {@value #IMPORT_COMMAND} (contributed by the import bundle, when installed),
 * which reviews the document before a record is added to the register it was dropped on.
 */
public final class FileDrops {

    /** The import command and its parameters, declared by the import bundle. */
    static final String IMPORT_COMMAND = "rectify.importer.ui.import"; //$NON-NLS-1$
    private static final String DOCUMENT = "document"; //$NON-NLS-1$
    private static final String REGISTER = "register"; //$NON-NLS-1$

    private FileDrops() {
    }

    /**
     * Opens the dropped registers and imports the other files, one after the other.
     *
     * @param window the window of the navigator
     * @param files the files dropped
     * @param target the register dropped on; {@code null} for none, when the only open register
     *        (if there is just one) receives imported records
     */
    public static void drop(IWorkbenchWindow window, List<Path> files, OpenRegister target) {
        OpenRegister register = target != null ? target : onlyOpenRegister();
        for (Path file : files) {
            if (isRegister(file)) {
                Opening.open(window, file);
            } else {
                importDocument(window, file, register);
            }
        }
    }

    private static boolean isRegister(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + RegisterFiles.EXTENSION);
    }

    private static OpenRegister onlyOpenRegister() {
        List<OpenRegister> open = OpenRegisters.get().registers();
        return open.size() == 1 ? open.get(0) : null;
    }

    private static void importDocument(IWorkbenchWindow window, Path file, OpenRegister register) {
        Command command = window.getService(ICommandService.class).getCommand(IMPORT_COMMAND);
        if (!command.isDefined()) {
            MessageDialog.openError(window.getShell(), Messages.dropTitle, NLS.bind(Messages.dropNoImport, file));
            return;
        }
        Map<String, String> parameters = register == null ? Map.of(DOCUMENT, file.toString())
                : Map.of(DOCUMENT, file.toString(), REGISTER, register.file().toString());
        try {
            window.getService(IHandlerService.class)
                    .executeCommand(ParameterizedCommand.generateCommand(command, parameters), null);
        } catch (CommandException e) {
            MessageDialog.openError(window.getShell(), Messages.dropTitle,
                    NLS.bind(Messages.dropFailed, file, e.getLocalizedMessage()));
        }
    }
}
