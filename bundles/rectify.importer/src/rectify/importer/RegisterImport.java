package rectify.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.osgi.util.NLS;

import rectify.core.io.RegisterFiles;
import rectify.importer.Finding.Kind;
import rectify.importer.ImportException.Problem;
import rectify.importer.internal.Messages;
import rectify.model.RectifyFactory;
import rectify.model.Register;
import rectify.model.ReviewTemplate;

/**
 * Adds an imported record to a register file: the file is read whole into memory (or a new
 * register is made when it does not exist), the record is added there, and the register is
 * saved atomically through {@link RegisterFiles}. When anything fails, the file on disk is as
 * it was: there is never a partial record in it.
 */
public final class RegisterImport {

    private RegisterImport() {
    }

    /**
     * @param result the imported document
     * @param file the register file; created when it does not exist
     * @param template the identifier or the name of the review template the review answers, or
     *        {@code null} to take the template made from the record's notice, if any
     * @return the addition made, whose record is now in the saved register
     * @throws IOException when the register cannot be read or written
     *         ({@link rectify.core.io.RegisterFileException}), or has no such template
     *         ({@link ImportException}); the file is unchanged then
     */
    public static RegisterAddition into(ImportResult result, Path file, String template) throws IOException {
        ResourceSet set = RegisterFiles.newResourceSet();
        boolean exists = Files.exists(file);
        Resource resource = exists ? RegisterFiles.load(set, file) : RegisterFiles.create(set, file);
        if (!exists) {
            resource.getContents().add(RectifyFactory.eINSTANCE.createRegister());
        }
        Register register = (Register) resource.getContents().get(0);
        ReviewTemplate chosen = null;
        if (template != null) {
            chosen = TemplateMatching.find(register, template).orElseThrow(() -> ImportException.of(file,
                    Problem.UNKNOWN_TEMPLATE, null, template, templates(register)));
        }
        RegisterAddition addition = result.prepare(register, chosen);
        if (!exists) {
            addition.add(new Finding(Kind.RECOGNISED, 0, NLS.bind(Messages.foundRegisterCreated, file)));
        }
        addition.apply();
        RegisterFiles.save(resource);
        return addition;
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
