package rectify.ui.registers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import rectify.core.io.FileNames;
import rectify.core.io.RegisterFileException;
import rectify.core.io.RegisterFiles;
import rectify.core.merge.DiskChange;
import rectify.core.merge.MergeReport;
import rectify.core.merge.ThreeWayMerge;
import rectify.model.provider.RectifyEditPlugin;
import rectify.ui.registers.ChangedOnDiskDialog.Choice;

/**
 * Saving an open register for the user: the file's message when it fails, and when another
 * program changed the file since it was read or saved here, the choice that loses nothing
 * ({@link ChangedOnDiskDialog}): reload with the unsaved changes applied again, merge (three-way,
 * conflicts chosen in a {@link ConflictDialog}) and save, or save under another name. Never a
 * silent overwrite.
 */
public final class Saving {

    private static final String SUFFIX = "." + RegisterFiles.EXTENSION; //$NON-NLS-1$
    /** How often a save merges and tries again when the file keeps changing under it. */
    private static final int ATTEMPTS = 3;
    private static final Set<OpenRegister> SAVING = new HashSet<>();

    private Saving() {
    }

    /**
     * Saves a register; tells the user when it fails, and asks what to do when the file changed
     * on disk.
     *
     * @return true when saved (under its name or another)
     */
    public static boolean save(Shell shell, OpenRegister register) {
        SAVING.add(register);
        try {
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                try {
                    register.save();
                    return true;
                } catch (RegisterFileException e) {
                    if (e.getProblem() != RegisterFileException.Problem.CHANGED_ON_DISK || attempt == ATTEMPTS) {
                        return failed(shell, e);
                    }
                    if (!Files.exists(register.file())) {
                        return MessageDialog.openQuestion(shell, Messages.changedTitle,
                                NLS.bind(Messages.deletedQuestion, FileNames.display(register.file())))
                                && saveTo(shell, register, register.file());
                    }
                    Choice choice = decide(shell, register, true);
                    if (choice != Choice.MERGE) {
                        return choice == Choice.SAVE_AS && saveAs(shell, register);
                    }
                } catch (IOException e) {
                    return failed(shell, e);
                }
            }
            return false; // not reached: the last attempt returns
        } finally {
            SAVING.remove(register);
        }
    }

    /**
     * Asks for another file and saves the register to it, adding {@code .rectify} when the name
     * lacks it; tells the user when saving fails.
     *
     * @return true when saved
     */
    public static boolean saveAs(Shell shell, OpenRegister register) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.saveAsTitle);
        dialog.setFilterExtensions(new String[] { "*" + SUFFIX }); //$NON-NLS-1$
        dialog.setFilterPath(register.file().getParent().toString());
        dialog.setFileName(register.file().getFileName().toString());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        return chosen != null && saveTo(shell, register, Path.of(chosen.endsWith(SUFFIX) ? chosen : chosen + SUFFIX));
    }

    /**
     * What the workbench does when it notices that another program changed the file of a register
     * with unsaved changes: the choice, where merging does not save and "later" leaves the
     * decision to the next save.
     */
    static void changedOnDisk(Shell shell, OpenRegister register, DiskChange change) {
        Choice choice = ask(shell, register, change, false);
        if (choice == Choice.SAVE_AS) {
            saveAs(shell, register);
        } else if (choice != Choice.CANCEL) {
            apply(shell, register, change, choice);
        }
    }

    /** @return whether the register is being saved, with a question on the screen perhaps */
    static boolean isSaving(OpenRegister register) {
        return SAVING.contains(register);
    }

    /** Reads the file on disk, asks, and reloads or merges as chosen. */
    private static Choice decide(Shell shell, OpenRegister register, boolean saving) {
        DiskChange change;
        try {
            change = register.readDiskChange();
        } catch (RegisterFileException e) {
            return MessageDialog.openQuestion(shell, Messages.changedTitle,
                    NLS.bind(Messages.unreadableOnDisk, e.getMessage()))
                            ? Choice.SAVE_AS
                            : Choice.CANCEL;
        }
        Choice choice = ask(shell, register, change, saving);
        if ((choice == Choice.MERGE || choice == Choice.RELOAD) && !apply(shell, register, change, choice)) {
            return Choice.CANCEL;
        }
        return choice;
    }

    private static Choice ask(Shell shell, OpenRegister register, DiskChange change, boolean saving) {
        return new ChangedOnDiskDialog(shell, register, change.difference(), saving).choose();
    }

    private static boolean apply(Shell shell, OpenRegister register, DiskChange change, Choice choice) {
        MergeReport report;
        if (choice == Choice.MERGE) {
            ThreeWayMerge merge = change.threeWay();
            if (!decide(shell, register, merge)) {
                return false;
            }
            report = register.merge(change, merge);
        } else {
            report = register.reloadKeepingChanges(change);
        }
        if (!report.skipped().isEmpty()) {
            String pattern = choice == Choice.MERGE ? Messages.mergedSkipped : Messages.reloadedSkipped;
            MessageDialog.openWarning(shell, Messages.changedTitle,
                    NLS.bind(pattern, report.kept().size(), skipped(report.skipped())));
        }
        return true;
    }

    /** Asks which side each conflict of a merge takes; @return false when the user cancelled */
    private static boolean decide(Shell shell, OpenRegister register, ThreeWayMerge merge) {
        if (merge.conflicts().isEmpty()) {
            return true;
        }
        List<ConflictDialog.Row> rows = merge.conflicts().stream().map(Saving::row).toList();
        List<ThreeWayMerge.Side> sides = ConflictDialog.choose(shell,
                FileNames.display(register.file().getFileName().toString()),
                rows);
        if (sides == null) {
            return false;
        }
        for (int i = 0; i < sides.size(); i++) {
            merge.choose(merge.conflicts().get(i), sides.get(i));
        }
        return true;
    }

    private static ConflictDialog.Row row(ThreeWayMerge.Conflict conflict) {
        EObject element = conflict.mine() != null ? conflict.mine() : conflict.theirs();
        String what = conflict.kind() == ThreeWayMerge.Conflict.Kind.VALUE ? featureName(conflict.feature())
                : ConflictDialog.describe(conflict.kind());
        return new ConflictDialog.Row(label(element), what, values(conflict.values(ThreeWayMerge.Side.MINE)),
                values(conflict.values(ThreeWayMerge.Side.THEIRS)));
    }

    private static String values(List<Object> values) {
        return values.stream().map(value -> value instanceof EObject element ? label(element)
                : value instanceof org.eclipse.emf.common.util.Enumerator literal
                        ? rectify.model.edit.Labels.literal(literal)
                        : String.valueOf(value))
                .collect(Collectors.joining("\u3001")); //$NON-NLS-1$
    }

    private static String skipped(List<MergeReport.Skipped> skipped) {
        return skipped.stream().limit(20).map(entry -> NLS.bind(Messages.skippedLine, new Object[] {
                label(entry.element()), feature(entry), reason(entry.reason()) }))
                .collect(Collectors.joining("\n")) //$NON-NLS-1$
                + (skipped.size() > 20 ? "\n\u2026" : ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String label(EObject element) {
        Object provider = OpenRegisters.get().adapterFactory().adapt(element, IItemLabelProvider.class);
        return provider instanceof IItemLabelProvider labels ? labels.getText(element) : element.eClass().getName();
    }

    private static String feature(MergeReport.Skipped entry) {
        return featureName(entry.feature());
    }

    private static String featureName(org.eclipse.emf.ecore.EStructuralFeature feature) {
        String key = "_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() //$NON-NLS-1$ //$NON-NLS-2$
                + "_feature"; //$NON-NLS-1$
        try {
            return RectifyEditPlugin.INSTANCE.getString(key);
        } catch (MissingResourceException e) {
            return feature.getName();
        }
    }

    private static String reason(MergeReport.Reason reason) {
        return switch (reason) {
            case ELEMENT_GONE -> Messages.elementGone;
            case TARGET_GONE -> Messages.targetGone;
            case PLACE_TAKEN -> Messages.placeTaken;
        };
    }

    private static boolean saveTo(Shell shell, OpenRegister register, Path file) {
        try {
            register.saveAs(file);
            return true;
        } catch (IOException e) {
            return failed(shell, e);
        }
    }

    private static boolean failed(Shell shell, IOException e) {
        if (!(e instanceof RegisterFileException)) {
            ILog.of(Saving.class).error(e.getMessage(), e);
        }
        MessageDialog.openError(shell, Messages.saveFailed, e.getMessage());
        return false;
    }
}
