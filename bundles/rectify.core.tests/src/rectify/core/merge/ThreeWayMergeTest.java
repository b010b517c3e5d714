package rectify.core.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.core.io.RegisterFiles;
import rectify.core.io.SampleRegisters;
import rectify.core.merge.ThreeWayMerge.Conflict;
import rectify.core.merge.ThreeWayMerge.Side;
import rectify.model.Aspect;
import rectify.model.ChainElement;
import rectify.model.Measure;
import rectify.model.MeasureStatus;
import rectify.model.Problem;
import rectify.model.RectifyFactory;
import rectify.model.RectifyPackage;
import rectify.model.Register;
import rectify.model.Review;

/**
 * Two people change copies of one register at once; the three-way merge by identifier keeps both
 * where it can and names the conflicts where it cannot.
 */
class ThreeWayMergeTest {

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void writeTheCommonVersion() throws IOException {
        file = dir.resolve("共同.rectify");
        RegisterFiles.save(SampleRegisters.meeting(3, 5), file);
    }

    private Register version(Consumer<Register> change) throws IOException {
        Register register = RegisterFiles.load(file);
        change.accept(register);
        return register;
    }

    private static Review review(Register register) {
        return register.getRecords().get(0).getReview();
    }

    private static Measure measure(Register register, int index) {
        return review(register).getDirections().get(0).getMeasures().get(index);
    }

    private static List<Problem> problems(Register register) {
        return review(register).getAspects().get(0).getProblems();
    }

    private Register merge(ThreeWayMerge merge, MergeReport report) {
        ThreeWayMerge.Result result = merge.result(report);
        Resource resource = RegisterFiles.create(RegisterFiles.newResourceSet(), dir.resolve("合并.rectify"));
        resource.getContents().add(result.root());
        result.identify((XMLResource) resource);
        return (Register) result.root();
    }

    @Test
    void differentMeasuresAndDifferentFieldsOfOneMeasureMergeWithoutConflict() throws IOException {
        Register base = RegisterFiles.load(file);
        Register mine = version(r -> {
            measure(r, 0).setStatus(MeasureStatus.DONE);
            measure(r, 2).setHeadline("我改的措施");
        });
        Register theirs = version(r -> {
            measure(r, 0).setText("他们改的措施内容");
            measure(r, 1).setStatus(MeasureStatus.IN_PROGRESS);
        });

        ThreeWayMerge merge = ThreeWayMerge.of(base, mine, theirs);
        assertEquals(List.of(), merge.conflicts());
        Register merged = merge(merge, new MergeReport());

        assertEquals(MeasureStatus.DONE, measure(merged, 0).getStatus());
        assertEquals("他们改的措施内容", measure(merged, 0).getText());
        assertEquals(MeasureStatus.IN_PROGRESS, measure(merged, 1).getStatus());
        assertEquals("我改的措施", measure(merged, 2).getHeadline());
        assertEquals(EcoreUtil.getURI(measure(mine, 0)).fragment(), EcoreUtil.getURI(measure(merged, 0)).fragment(),
                "the merged elements keep their identifiers");
        assertSame(problems(merged).get(0), measure(merged, 0).getProblems().get(0),
                "references point into the result");
        assertEquals(1, problems(merged).get(0).getMeasures().size(), "opposite references stay one pair");
    }

    @Test
    void theSameFieldChangedTwoWaysIsAConflictWithBothValues() throws IOException {
        Register base = RegisterFiles.load(file);
        Register mine = version(r -> measure(r, 0).setStatus(MeasureStatus.DONE));
        Register theirs = version(r -> measure(r, 0).setStatus(MeasureStatus.IN_PROGRESS));

        ThreeWayMerge merge = ThreeWayMerge.of(base, mine, theirs);
        assertEquals(1, merge.conflicts().size());
        Conflict conflict = merge.conflicts().get(0);
        assertEquals(Conflict.Kind.VALUE, conflict.kind());
        assertEquals(RectifyPackage.Literals.MEASURE__STATUS, conflict.feature());
        assertEquals(List.of(MeasureStatus.DONE), conflict.values(Side.MINE));
        assertEquals(List.of(MeasureStatus.IN_PROGRESS), conflict.values(Side.THEIRS));
        assertEquals(List.of(MeasureStatus.PLANNED), conflict.baseValues());

        assertEquals(MeasureStatus.DONE, measure(merge(merge, new MergeReport()), 0).getStatus(), "mine until chosen");
        merge.choose(conflict, Side.THEIRS);
        assertEquals(MeasureStatus.IN_PROGRESS, measure(merge(merge, new MergeReport()), 0).getStatus());
    }

    @Test
    void aMeasureRemovedOnOneSideAndChangedOnTheOtherIsAConflict() throws IOException {
        Register base = RegisterFiles.load(file);
        String removedId = EcoreUtil.getURI(measure(base, 1)).fragment();
        Register mine = version(r -> EcoreUtil.delete(measure(r, 1)));
        Register theirs = version(r -> measure(r, 1).setStatus(MeasureStatus.IN_PROGRESS));

        ThreeWayMerge merge = ThreeWayMerge.of(base, mine, theirs);
        assertEquals(1, merge.conflicts().size());
        Conflict conflict = merge.conflicts().get(0);
        assertEquals(Conflict.Kind.REMOVED_BY_MINE, conflict.kind());
        assertEquals(removedId, conflict.id());

        assertEquals(4, review(merge(merge, new MergeReport())).getDirections().get(0).getMeasures().size(),
                "removed, as I chose by default");
        merge.choose(conflict, Side.THEIRS);
        Register kept = merge(merge, new MergeReport());
        assertEquals(5, review(kept).getDirections().get(0).getMeasures().size());
        assertEquals(MeasureStatus.IN_PROGRESS, measure(kept, 1).getStatus());
        assertEquals(removedId, EcoreUtil.getURI(measure(kept, 1)).fragment());
    }

    @Test
    void aRemovalOfWhatTheOtherSideLeftAloneIsTaken() throws IOException {
        Register base = RegisterFiles.load(file);
        Register mine = version(r -> EcoreUtil.delete(problems(r).get(3)));
        Register theirs = version(r -> measure(r, 0).setHeadline("别处的更改"));

        ThreeWayMerge merge = ThreeWayMerge.of(base, mine, theirs);
        assertEquals(List.of(), merge.conflicts());
        Register merged = merge(merge, new MergeReport());
        assertEquals(4, problems(merged).size());
        assertTrue(measure(merged, 3).getProblems().isEmpty(), "the reference to the removed problem goes too");
    }

    @Test
    void movesAndListOrderOfBothSidesAreKept() throws IOException {
        Register base = RegisterFiles.load(file);
        Register mine = version(r -> {
            Aspect second = RectifyFactory.eINSTANCE.createAspect();
            second.setTitle("第二个方面");
            review(r).getAspects().add(second);
            second.getProblems().add(problems(r).get(4));
        });
        Register theirs = version(r -> {
            review(r).getAspects().get(0).getProblems().move(0, 2);
            Problem added = RectifyFactory.eINSTANCE.createProblem();
            added.setHeadline("他们加的问题");
            problems(r).add(1, added);
        });

        ThreeWayMerge merge = ThreeWayMerge.of(base, mine, theirs);
        assertEquals(List.of(), merge.conflicts());
        Register merged = merge(merge, new MergeReport());

        List<String> headlines = problems(merged).stream().map(ChainElement::getHeadline).toList();
        assertEquals(List.of("从思想深处领悟理论精髓不够2", "他们加的问题", "从思想深处领悟理论精髓不够0",
                "从思想深处领悟理论精髓不够1", "从思想深处领悟理论精髓不够3"), headlines);
        assertEquals("从思想深处领悟理论精髓不够4",
                review(merged).getAspects().get(1).getProblems().get(0).getHeadline(), "moved by me");
    }

    @Test
    void versionsOfDifferentRegistersAreRefused() throws IOException {
        Register one = RegisterFiles.load(file);
        Path other = dir.resolve("另一个.rectify");
        RegisterFiles.save(SampleRegisters.meeting(1, 1), other);
        assertThrows(IllegalArgumentException.class, () -> ThreeWayMerge.of(one, one, RegisterFiles.load(other)));
    }
}
