package rectify.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import rectify.core.io.RegisterFileException;
import rectify.core.io.RegisterFiles;
import rectify.samples.Samples;
import rectify.ui.registers.OpenRegisters;

/**
 * The registers the product starts with: those named on the command line or, without any, the
 * sample register, copied once into the user's Rectify folder so that it can be edited.
 */
final class StartupRegisters {

    private StartupRegisters() {
    }

    static void open(Shell shell) {
        List<Path> files = Arrays.stream(Platform.getApplicationArgs())
                .filter(arg -> arg.endsWith("." + RegisterFiles.EXTENSION))
                .map(Path::of)
                .toList();
        try {
            for (Path file : files.isEmpty() ? List.of(sampleCopy()) : files) {
                OpenRegisters.get().open(file);
            }
        } catch (RegisterFileException e) {
            MessageDialog.openError(shell, Messages.openFailed, e.getMessage());
        } catch (IOException e) {
            MessageDialog.openError(shell, Messages.openFailed, e.toString());
        }
    }

    /** @return the user's copy of the sample register, made on first use */
    static Path sampleCopy() throws IOException {
        Path copy = Path.of(System.getProperty("user.home"), "Rectify", Path.of(Samples.SAMPLE_REGISTER).getFileName().toString());
        if (!Files.exists(copy)) {
            Files.createDirectories(copy.getParent());
            Samples.copySampleRegister(copy);
        }
        return copy;
    }
}
