package rectify.share.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Display;

import rectify.core.merge.ThreeWayMerge;
import rectify.share.History;
import rectify.share.Integration;
import rectify.share.Wording;
import rectify.share.store.RegisterMerge;
import rectify.ui.registers.ConflictDialog;

/** The conflicts of a synchronisation or a hand-over, decided by the user in the {@link ConflictDialog}. */
final class ConflictRows {

    private ConflictRows() {
    }

    /** @return a resolver that asks the user, on the user interface thread, which side each conflict takes */
    static Integration.Resolver asking(Display display, Path folder, String source) {
        return merge -> {
            Wording wording = History.wording(folder, Locale.getDefault());
            List<ConflictDialog.Row> rows = merge.conflicts().stream().map(conflict -> row(conflict, wording)).toList();
            @SuppressWarnings("unchecked")
            List<ThreeWayMerge.Side>[] chosen = new List[1];
            display.syncExec(() -> chosen[0] = ConflictDialog.choose(display.getActiveShell(), source, rows));
            if (chosen[0] == null) {
                return false;
            }
            for (int i = 0; i < chosen[0].size(); i++) {
                merge.choose(merge.conflicts().get(i), chosen[0].get(i));
            }
            return true;
        };
    }

    static ConflictDialog.Row row(RegisterMerge.PartConflict part, Wording wording) {
        ThreeWayMerge.Conflict conflict = part.conflict();
        EObject element = conflict.mine() != null ? conflict.mine() : conflict.theirs();
        String what = conflict.kind() == ThreeWayMerge.Conflict.Kind.VALUE ? wording.feature(conflict.feature())
                : ConflictDialog.describe(conflict.kind());
        return new ConflictDialog.Row(wording.element(element), what,
                wording.values(conflict.values(ThreeWayMerge.Side.MINE)),
                wording.values(conflict.values(ThreeWayMerge.Side.THEIRS)));
    }
}
