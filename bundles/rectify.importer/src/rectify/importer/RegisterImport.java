package rectify.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import rectify.core.io.FileNames;
import rectify.core.io.RegisterFiles;
import rectify.core.io.RegisterLock;
import rectify.importer.Finding.Kind;
import rectify.importer.ImportException.Problem;
import rectify.importer.internal.Messages;
import rectify.model.Register;
import rectify.model.ReviewTemplate;

/**
 * Adds an imported record to a register file: under the file's lock, the file is read whole into
 * memory as it is at that moment (or a new register is made when it does not exist), the record
 * is added there, and the register is saved atomically through {@link RegisterFiles#update}, so
 * that another writer's record added meanwhile is kept. When anything fails, the file on disk is
 * as it was: there is never a partial record in it.
 */
public final class RegisterImport {

    private RegisterImport() {
    }

    /**
     * Adds the record, waiting {@link RegisterLock#DEFAULT_WAIT} at most for another writer.
     *
     * @see #into(ImportResult, Path, String, Duration)
     */
    public static RegisterAddition into(ImportResult result, Path file, String template) throws IOException {
        return into(result, file, template, RegisterLock.DEFAULT_WAIT);
    }

    /**
     * @param result the imported document
     * @param file the register file; created when it does not exist
     * @param template the identifier or the name of the review template the review answers, or
     *        {@code null} to take the template made from the record's notice, if any
     * @param wait how long to wait for another writer of the register
     * @return the addition made, whose record is now in the saved register
     * @throws IOException when the register cannot be read or written, or another writer kept it
     *         for longer than {@code wait} ({@link rectify.core.io.RegisterFileException}), or has
     *         no such template ({@link ImportException}); the file is unchanged then
     */
    public static RegisterAddition into(ImportResult result, Path file, String template, Duration wait)
            throws IOException {
        return RegisterFiles.update(file, wait, (register, created) -> {
            ReviewTemplate chosen = null;
            if (template != null) {
                chosen = TemplateMatching.find(register, template).orElseThrow(() -> ImportException.of(file,
                        Problem.UNKNOWN_TEMPLATE, null, template, templates(register)));
            }
            RegisterAddition addition = result.prepare(register, chosen);
            if (created) {
                addition.add(new Finding(Kind.RECOGNISED, 0, NLS.bind(Messages.foundRegisterCreated,
                        FileNames.display(file))));
            }
            addition.apply();
            return addition;
        });
    }

    private static String templates(Register register) {
        if (register.getTemplates().isEmpty()) {
            return Messages.none;
        }
        return register.getTemplates().stream()
                .map(t -> "\"" + t.getName() + "\" (" + t.eResource().getURIFragment(t) + ")") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .collect(Collectors.joining(", ")); //$NON-NLS-1$
    }
}
