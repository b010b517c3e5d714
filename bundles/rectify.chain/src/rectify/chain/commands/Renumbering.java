package rectify.chain.commands;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import rectify.model.ChainElement;
import rectify.model.RectifyPackage;

/**
 * Numbers problems, causes and measures 1, 2, 3 … in their order again, in the sequences that
 * moved elements left and those they joined: made before the move, executed after it, so that a
 * move and its renumbering are one undo ({@link #after(EditingDomain, Command, Collection, String)}).
 * Every view that reorders elements renumbers them so.
 */
public final class Renumbering extends CompoundCommand {

    /** A sequence of numbered elements: a containment list of an element. */
    private record Sequence(EObject owner, EReference list) {

        static Sequence of(EObject element) {
            return element instanceof ChainElement && element.eContainer() != null
                    ? new Sequence(element.eContainer(), element.eContainmentFeature())
                    : null;
        }

        List<?> elements() {
            return (List<?>) owner.eGet(list);
        }
    }

    private final EditingDomain domain;
    private final Collection<?> moved;
    private final Set<Sequence> left = new LinkedHashSet<>();

    /**
     * @param domain the editing domain of the elements
     * @param moved the elements about to move
     */
    public Renumbering(EditingDomain domain, Collection<?> moved) {
        this.domain = domain;
        this.moved = List.copyOf(moved);
        for (Object element : moved) {
            if (element instanceof EObject object && Sequence.of(object) != null) {
                left.add(Sequence.of(object));
            }
        }
    }

    /**
     * @param domain the editing domain of the elements
     * @param move a command that moves elements, not yet executed
     * @param moved the elements it moves
     * @param label the label of the whole, e.g. 移动
     * @return the move followed by the renumbering of the sequences it touches, as one command
     */
    public static Command after(EditingDomain domain, Command move, Collection<?> moved, String label) {
        CompoundCommand reorder = new CompoundCommand(label);
        reorder.append(move);
        reorder.append(new Renumbering(domain, moved));
        return reorder;
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        Set<Sequence> sequences = new LinkedHashSet<>(left);
        for (Object element : moved) {
            if (element instanceof EObject object && Sequence.of(object) != null) {
                sequences.add(Sequence.of(object));
            }
        }
        for (Sequence sequence : sequences) {
            List<?> elements = sequence.elements();
            for (int i = 0; i < elements.size(); i++) {
                ChainElement element = (ChainElement) elements.get(i);
                if (element.getNumber() != i + 1) {
                    appendAndExecute(
                            SetCommand.create(domain, element, RectifyPackage.Literals.CHAIN_ELEMENT__NUMBER, i + 1));
                }
            }
        }
    }
}
