package rectify.search.ui.recurrence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.chain.Reviews;
import rectify.model.Problem;
import rectify.model.Record;
import rectify.model.RectifyPackage;
import rectify.samples.Samples;
import rectify.search.EarlierProblem;
import rectify.search.Recurrence;
import rectify.testing.Events;
import rectify.testing.Screenshots;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;
import rectify.ui.validation.ClosedLoopView;
import rectify.validation.RegisterValidation;
import rectify.validation.Rule;

/**
 * 年年查年年有 in the workbench, on a copy of the sample register: the worked example of 2025 is
 * compared with 2021 when the register opens; a likely repeat that is not confirmed is a warning of
 * the closed-loop view, a confirmed one a piece of information; the Earlier Similar Problems view
 * shows them; confirming and withdrawing are commands undo takes back; the index follows a save.
 */
class RecurrencesInTheWorkbenchTest {

    /** How long the workbench may take for what a test waits for. */
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;
    OpenRegister register;
    Problem research;

    @BeforeEach
    void open() throws Exception {
        register = OpenRegisters.get().open(Samples.copySampleRegister(dir.resolve("sample.rectify")));
        Record example = register.register().getRecords().stream().filter(Record::isExample).findFirst().orElseThrow();
        research = (Problem) Reviews.elements(example.getReview()).stream()
                .filter(e -> "调查研究不够深入。".equals(e.getHeadline()))
                .findFirst().orElseThrow();
        Events.until("2025 compared with 2021", LIMIT, () -> RecurrenceWatch.get().of(register, research) != null);
    }

    @AfterEach
    void close() {
        OpenRegisters.get().close(register);
    }

    private List<Diagnostic> repeats(Problem problem) {
        return register.diagnosticsOf(problem).stream().filter(d -> RegisterValidation.ruleOf(d) == Rule.PROBLEM_REPEAT)
                .toList();
    }

    @Test
    void aLikelyRepeatIsAFindingAndConfirmingItIsUndoable() throws Exception {
        Problem confirmed = research.getEarlierOccurrence();
        assertEquals("调查研究不经常。", confirmed.getHeadline(), "the worked example confirms it");
        assertEquals(List.of(Diagnostic.INFO), repeats(research).stream().map(Diagnostic::getSeverity).toList());

        register.domain().getCommandStack().execute(Repeats.confirm(register.domain(), research, null));
        Events.until("the likely repeat", LIMIT,
                () -> repeats(research).stream().anyMatch(d -> d.getSeverity() == Diagnostic.WARNING));
        Diagnostic likely = repeats(research).get(0);
        assertTrue(likely.getMessage().contains("2021"), likely.getMessage());
        assertTrue(likely.getMessage().contains("调查研究不经常"), likely.getMessage());

        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.showView(ClosedLoopView.ID);
        RecurrencesView view = (RecurrencesView) page.showView(RecurrencesView.ID);
        view.select(register, research);
        EarlierProblem first = (EarlierProblem) ((List<?>) view.earlier().getInput()).get(0);
        assertEquals("调查研究不经常。", first.headline());
        assertSame(confirmed, Repeats.earlier(register, first));
        Screenshots.save(page.getWorkbenchWindow().getShell(), "recurrences-likely");
        page.showView("rectify.ledger.ui.ledger");
        Screenshots.save(page.getWorkbenchWindow().getShell(), "recurrences-likely-ledger");
        page.showView(ClosedLoopView.ID);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "recurrences-likely-closed-loop");
        page.showView(RecurrencesView.ID);

        register.domain().getCommandStack().execute(Repeats.confirm(register.domain(), research, confirmed));
        assertSame(confirmed, research.getEarlierOccurrence());
        Events.until("the confirmed repeat", LIMIT,
                () -> repeats(research).stream().allMatch(d -> d.getSeverity() == Diagnostic.INFO));
        assertEquals(1, repeats(research).size());
        view.select(register, research);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "recurrences-confirmed");

        register.domain().getCommandStack().undo();
        assertNull(research.getEarlierOccurrence());
        Events.until("the likely repeat again", LIMIT,
                () -> repeats(research).stream().anyMatch(d -> d.getSeverity() == Diagnostic.WARNING));
        register.domain().getCommandStack().undo();
        assertSame(confirmed, research.getEarlierOccurrence());
    }

    @Test
    void theIndexFollowsASave() throws Exception {
        Recurrence before = RecurrenceWatch.get().of(register, research);
        assertTrue(before.isRepeat());
        register.domain().getCommandStack().execute(Repeats.confirm(register.domain(), research, null));
        var domain = register.domain();
        CompoundCommand rewrite = new CompoundCommand();
        rewrite.append(
                SetCommand.create(domain, research, RectifyPackage.Literals.CHAIN_ELEMENT__HEADLINE, "机关食堂供应品种单一。"));
        rewrite.append(
                SetCommand.create(domain, research, RectifyPackage.Literals.PROBLEM__EXPLANATION, "菜品更新慢，职工意见较多。"));
        rewrite.append(RemoveCommand.create(domain, research, RectifyPackage.Literals.PROBLEM__EXAMPLES,
                List.copyOf(research.getExamples())));
        domain.getCommandStack().execute(rewrite);
        register.save();
        Events.until("the problem compared anew after the save", LIMIT, () -> {
            Recurrence now = RecurrenceWatch.get().of(register, research);
            return now != null && !now.isRepeat();
        });
        Events.until("the findings checked anew", LIMIT, () -> repeats(research).isEmpty());
    }
}
