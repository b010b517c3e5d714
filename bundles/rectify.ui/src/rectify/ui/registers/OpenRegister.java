package rectify.ui.registers;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.widgets.Display;

import rectify.core.io.RegisterFiles;
import rectify.model.Register;
import rectify.ui.registers.RegisterListener.Change;
import rectify.validation.RegisterValidation;

/**
 * One register file open in the workbench: its editing domain with the one command stack that
 * every editor and view of the file shares, its save state and its current diagnostics.
 */
public final class OpenRegister {

    private final AdapterFactoryEditingDomain domain;
    private final Resource resource;
    private final BiConsumer<OpenRegister, Change> events;
    private final Runnable validation = this::validate;
    private Diagnostic diagnostics = Diagnostic.OK_INSTANCE;
    private DiagnosticIndex index = DiagnosticIndex.EMPTY;

    OpenRegister(AdapterFactoryEditingDomain domain, Resource resource, BiConsumer<OpenRegister, Change> events) {
        this.domain = domain;
        this.resource = resource;
        this.events = events;
        domain.getCommandStack().addCommandStackListener(event -> events.accept(this, Change.CONTENT));
    }

    /** @return the register */
    public Register register() {
        return (Register) resource.getContents().get(0);
    }

    /** @return the file it was read from or last saved to */
    public Path file() {
        return Path.of(resource.getURI().toFileString());
    }

    /** @return the editing domain whose command stack all changes go through */
    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    /** @return true when there are changes not saved */
    public boolean isDirty() {
        return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    /** @return the diagnostics of the closed-loop rules, as last checked */
    public Diagnostic diagnostics() {
        return diagnostics;
    }

    /**
     * @return every single diagnostic of {@link #diagnostics()} (its children, flattened), in the
     *         order the rules reported them
     */
    public List<Diagnostic> diagnosticList() {
        return index.all();
    }

    /** @return the diagnostics, as last checked, about {@code element} itself */
    public List<Diagnostic> diagnosticsOf(EObject element) {
        return index.of(element);
    }

    /**
     * @return the highest severity ({@link Diagnostic#OK}, {@link Diagnostic#WARNING},
     *         {@link Diagnostic#ERROR}…) of the diagnostics, as last checked, about
     *         {@code element} or anything it contains
     */
    public int severityWithin(EObject element) {
        return index.severityWithin(element);
    }

    /** @return true when {@code element} belongs to this register */
    public boolean contains(EObject element) {
        return element.eResource() == resource;
    }

    /** Saves atomically to the file; the previous file is kept as a backup. */
    public void save() throws IOException {
        RegisterFiles.save(resource);
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        events.accept(this, Change.SAVED);
    }

    /** Saves to another file, which the register is then open from. */
    public void saveAs(Path file) throws IOException {
        URI previous = resource.getURI();
        resource.setURI(URI.createFileURI(file.toAbsolutePath().normalize().toString()));
        try {
            save();
        } catch (IOException e) {
            resource.setURI(previous);
            throw e;
        }
    }

    /** Undoes every change since the last save. */
    public void revert() {
        BasicCommandStack stack = (BasicCommandStack) domain.getCommandStack();
        while (stack.isSaveNeeded() && stack.canUndo()) {
            stack.undo();
        }
        events.accept(this, Change.SAVED);
    }

    /**
     * Checks the closed-loop rules again after {@code delayMs} on the UI thread; a burst of
     * changes is checked once. Negative: cancels a pending check.
     */
    void validateLater(int delayMs) {
        Display display = Display.getCurrent();
        if (display != null) {
            display.timerExec(delayMs, validation);
        } else if (delayMs >= 0) {
            validate();
        }
    }

    /** Checks the closed-loop rules anew. */
    void validate() {
        diagnostics = RegisterValidation.validate(register(), LocalDate.now());
        index = new DiagnosticIndex(diagnostics);
        events.accept(this, Change.DIAGNOSTICS);
    }
}
