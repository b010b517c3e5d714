package rectify.search.ui.links;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;

import rectify.chain.Reviews;
import rectify.model.ChainElement;
import rectify.model.Problem;
import rectify.model.Review;
import rectify.search.EarlierProblem;
import rectify.search.LinkSuggestion;
import rectify.search.Recurrence;
import rectify.search.ui.Messages;
import rectify.search.ui.recurrence.RecurrenceWatch;
import rectify.search.ui.recurrence.Repeats;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/**
 * The quick fixes of the element of a closed-loop finding, or of the element selected in the
 * diagram: the links proposed for it (each accepted as one command), confirming it as a repeat of
 * an earlier problem (or withdrawing that), and the link assistant for its review.
 */
public final class QuickFixes extends CompoundContributionItem {

    /** How many links are offered at most. */
    static final int OFFERED = 5;

    @Override
    protected IContributionItem[] getContributionItems() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        EObject element = window == null ? null : elementOf(window.getSelectionService().getSelection());
        OpenRegister register = element == null ? null : OpenRegisters.get().of(element).orElse(null);
        if (register == null || !(element instanceof ChainElement chain)) {
            return new IContributionItem[] { disabled(Messages.quickFixNone) };
        }
        List<IContributionItem> items = new ArrayList<>();
        for (Action action : fixes(register, chain)) {
            items.add(new ActionContributionItem(action));
        }
        if (items.isEmpty()) {
            items.add(disabled(Messages.quickFixNone));
        }
        Review review = Reviews.of(chain);
        if (review != null) {
            items.add(new Separator());
            items.add(new ActionContributionItem(action(Messages.quickFixAssistant,
                    () -> LinkAssistantHandler.open(window.getShell(), register, review))));
        }
        return items.toArray(IContributionItem[]::new);
    }

    /**
     * @param register the open register of the element
     * @param element a problem, cause or measure
     * @return its quick fixes: the links proposed for it, best first, and its repeat
     */
    static List<Action> fixes(OpenRegister register, ChainElement element) {
        List<Action> fixes = new ArrayList<>();
        Review review = Reviews.of(element);
        if (review != null) {
            Proposals.of(review).stream().filter(p -> p.link().source() == element || p.link().target() == element)
                    .sorted((a, b) -> Double.compare(b.score(), a.score())).limit(OFFERED)
                    .forEach(proposal -> fixes.add(link(register, proposal, element)));
        }
        if (element instanceof Problem problem) {
            Recurrence recurrence = RecurrenceWatch.get().of(register, problem);
            if (problem.getEarlierOccurrence() != null) {
                fixes.add(action(Messages.quickFixWithdrawRepeat, () -> register.domain().getCommandStack()
                        .execute(Repeats.confirm(register.domain(), problem, null))));
            } else if (recurrence != null && recurrence.isRepeat()) {
                EarlierProblem earlier = recurrence.earlier().get(0);
                Problem target = Repeats.earlier(register, earlier);
                Action confirm = action(
                        NLS.bind(Messages.quickFixConfirmRepeat, new Object[] { earlier.year(), earlier.number(),
                                earlier.headline() }),
                        () -> register.domain().getCommandStack()
                                .execute(Repeats.confirm(register.domain(), problem, target)));
                confirm.setEnabled(target != null);
                fixes.add(confirm);
            }
        }
        return fixes;
    }

    private static Action link(OpenRegister register, LinkSuggestion proposal, ChainElement from) {
        return action(Proposals.text(proposal, from), () -> Proposals.accept(register, proposal.link()));
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    private static IContributionItem disabled(String text) {
        Action none = action(text, () -> {
            // nothing to do
        });
        none.setEnabled(false);
        return new ActionContributionItem(none);
    }

    private static EObject elementOf(ISelection selection) {
        if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
            return Adapters.adapt(structured.getFirstElement(), EObject.class);
        }
        return null;
    }
}
