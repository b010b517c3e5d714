package rectify.ui.registers;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.widgets.Display;

import rectify.core.io.RegisterFileException;
import rectify.core.io.RegisterFiles;
import rectify.core.merge.DiskChange;
import rectify.core.merge.MergeReport;
import rectify.core.merge.ThreeWayMerge;
import rectify.core.merge.UnsavedChanges;
import rectify.model.Register;
import rectify.ui.registers.RegisterListener.Change;
import rectify.validation.RegisterValidation;

/**
 * One register file open in the workbench: its editing domain with the one command stack that
 * every editor and view of the file shares, its save state and its current diagnostics. Its
 * saves replace only the version of the file it read or last saved; when another program changed
 * the file meanwhile, {@link #readDiskChange()} reads it, to be reloaded or merged in place.
 */
public final class OpenRegister {

    private final AdapterFactoryEditingDomain domain;
    private final Resource resource;
    private final BiConsumer<OpenRegister, Change> events;
    private final UnsavedChanges unsaved;
    private final Runnable validation = this::validate;
    private Diagnostic diagnostics = Diagnostic.OK_INSTANCE;
    private DiagnosticIndex index = DiagnosticIndex.EMPTY;

    OpenRegister(AdapterFactoryEditingDomain domain, Resource resource, BiConsumer<OpenRegister, Change> events) {
        this.domain = domain;
        this.resource = resource;
        this.events = events;
        this.unsaved = UnsavedChanges.record(resource);
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
        return stack().isSaveNeeded();
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

    /**
     * Saves atomically to the file, if it is still the version read or last saved here; the
     * previous file is kept as a backup.
     *
     * @throws IOException ({@link RegisterFileException}) when the file cannot be written, another
     *         program keeps writing it, or changed it since
     *         ({@link RegisterFileException.Problem#CHANGED_ON_DISK}); nothing is written then
     */
    public void save() throws IOException {
        RegisterFiles.save(resource);
        saved();
    }

    /** Saves to another file, replacing what is there, which the register is then open from. */
    public void saveAs(Path file) throws IOException {
        RegisterFiles.saveAs(resource, file);
        saved();
    }

    private void saved() {
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        unsaved.savePoint();
        events.accept(this, Change.SAVED);
    }

    /**
     * @return whether another program changed the file since it was read or saved here; false
     *         when that cannot be told now (a save will)
     */
    public boolean isChangedOnDisk() {
        try {
            return RegisterFiles.isChangedOnDisk(resource);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * @return the file as another program left it, to reload or merge
     * @throws RegisterFileException when it cannot be read
     */
    public DiskChange readDiskChange() throws RegisterFileException {
        return DiskChange.read(resource, unsaved);
    }

    /**
     * Makes the register the file on disk, in place, forgetting its undo history: for a register
     * without unsaved changes. Editors of elements that are still there stay open.
     */
    public void reload(DiskChange change) {
        change.reload();
        stack().flush();
        events.accept(this, Change.SAVED);
    }

    /**
     * Reloads the file on disk in place and applies the unsaved changes to it again where they
     * still apply, as one command (undoing it shows the file on disk); the undo history before is
     * forgotten.
     *
     * @return what could not be applied
     */
    public MergeReport reloadKeepingChanges(DiskChange change) {
        MergeReport report = new MergeReport();
        Command reapply = change.reloadKeepingChanges(report);
        stack().flush();
        stack().execute(reapply);
        events.accept(this, Change.SAVED);
        return report;
    }

    /**
     * Merges the file on disk with the unsaved changes (three-way, conflicts decided for the user's
     * side), as one command; the register is then saved over the file on disk.
     *
     * @return what was added, and what could not be kept
     */
    public MergeReport merge(DiskChange change) {
        return merge(change, change.threeWay());
    }

    /**
     * Merges the file on disk with the unsaved changes, the merge's conflicts decided as chosen, as
     * one command; the register is then saved over the file on disk.
     *
     * @param merge the change's {@link DiskChange#threeWay() merge}
     * @return what was added, and what could not be kept
     */
    public MergeReport merge(DiskChange change, ThreeWayMerge merge) {
        MergeReport report = new MergeReport();
        stack().execute(change.merge(merge, report));
        return report;
    }

    private BasicCommandStack stack() {
        return (BasicCommandStack) domain.getCommandStack();
    }

    /** Stops following its changes: it is closed. */
    void dispose() {
        unsaved.dispose();
    }

    /** Undoes every change since the last save. */
    public void revert() {
        BasicCommandStack stack = stack();
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

    /**
     * Checks the closed-loop rules and gathers the other {@link FindingSource findings} again, on
     * the UI thread (soon, when called on another thread).
     */
    public void recheck() {
        Display display = Display.getDefault();
        if (Display.getCurrent() == display) {
            validate();
        } else {
            display.asyncExec(() -> {
                if (!resource.getContents().isEmpty()) {
                    validate();
                }
            });
        }
    }

    /** Checks the closed-loop rules anew, with the other findings. */
    void validate() {
        Diagnostic rules = RegisterValidation.validate(register(), LocalDate.now());
        List<Diagnostic> others = FindingSources.findings(this);
        if (others.isEmpty()) {
            diagnostics = rules;
        } else {
            BasicDiagnostic all = new BasicDiagnostic(rules.getSource(), rules.getCode(), rules.getMessage(),
                    rules.getData().toArray());
            all.add(rules);
            others.forEach(all::add);
            diagnostics = all;
        }
        index = new DiagnosticIndex(diagnostics);
        events.accept(this, Change.DIAGNOSTICS);
    }
}
