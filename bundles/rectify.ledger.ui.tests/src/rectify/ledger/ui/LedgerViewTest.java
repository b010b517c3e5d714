package rectify.ledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.jface.action.IAction;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.edit.command.UpdateDataCommand;
import org.eclipse.nebula.widgets.nattable.sort.command.SortColumnCommand;
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowColumnInViewportCommand;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.core.io.RegisterFiles;
import rectify.ledger.Grouping;
import rectify.ledger.LedgerColumn;
import rectify.ledger.LedgerRow;
import rectify.ledger.ui.LedgerTabs.Tab;
import rectify.ledger.ui.filter.Choice;
import rectify.ledger.ui.filter.Lateness;
import rectify.ledger.ui.reminders.EvidenceWatch;
import rectify.ledger.ui.table.LedgerLine.GroupLine;
import rectify.ledger.ui.table.LedgerLine.RowLine;
import rectify.ledger.ui.table.LedgerLine;
import rectify.model.Aspect;
import rectify.model.AttachedDocument;
import rectify.model.Direction;
import rectify.model.Measure;
import rectify.model.MeasureStatus;
import rectify.model.Meeting;
import rectify.model.OrgUnit;
import rectify.model.Person;
import rectify.model.Problem;
import rectify.model.ProgressEntry;
import rectify.model.RectifyFactory;
import rectify.model.Register;
import rectify.model.Review;
import rectify.model.urgency.Urgency;
import rectify.testing.Screenshots;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/**
 * The ledger view in the product's workbench, driven as a user drives it: filter by record and
 * lateness, group and sort, edit a leader and a status in place and undo them with Edit › Undo, see
 * the lists and the dashboard follow the filter, and be told of overdue measures and a missing
 * evidence file when the register opens. Screenshots of each state go to target/screenshots.
 */
class LedgerViewTest {

    private static final RectifyFactory MODEL = RectifyFactory.eINSTANCE;
    private static final LocalDate TODAY = LocalDate.now();

    @TempDir
    Path dir;

    private OpenRegister register;
    private LedgerView view;
    private Meeting meeting;
    private Person zhang;
    private Person wang;
    private OrgUnit office;

    /**
     * A register of one meeting with four measures: 1.1 overdue (in progress, with a progress entry
     * whose evidence file is missing), 1.2 due in 5 days (planned), 1.3 due in 60 days (in
     * progress), 2.1 closed; opened in the workbench, with the ledger view showing.
     */
    @BeforeEach
    void openRegisterAndLedger() throws Exception {
        Register content = MODEL.createRegister();
        office = unit(content, "办公室");
        OrgUnit party = unit(content, "机关党委");
        zhang = person(content, "张XX");
        wang = person(content, "王XX");
        meeting = MODEL.createMeeting();
        meeting.setTitle("2026年度民主生活会（测试）");
        meeting.setYear(2026);
        meeting.setDate(TODAY.minusMonths(4));
        Review review = MODEL.createReview();
        meeting.setReview(review);
        Aspect aspect = MODEL.createAspect();
        aspect.setShortName("作风建设");
        Problem problem = MODEL.createProblem();
        problem.setNumber(1);
        problem.setHeadline("精文简会落实不到位。");
        aspect.getProblems().add(problem);
        review.getAspects().add(aspect);
        Direction first = MODEL.createDirection();
        Direction second = MODEL.createDirection();
        review.getDirections().addAll(List.of(first, second));
        Measure late = measure(first, 1, "精简会议文件。", TODAY.minusDays(3), MeasureStatus.IN_PROGRESS, office, zhang);
        measure(first, 2, "建立基层联系点制度。", TODAY.plusDays(5), MeasureStatus.PLANNED, party, wang);
        measure(first, 3, "推进数据共享。", TODAY.plusDays(60), MeasureStatus.IN_PROGRESS, office, wang);
        measure(second, 1, "修订学习制度。", TODAY.minusDays(30), MeasureStatus.CLOSED, party, zhang);
        review.getDirections().forEach(direction -> direction.getMeasures().forEach(m -> m.getProblems().add(problem)));
        AttachedDocument evidence = MODEL.createAttachedDocument();
        evidence.setTitle("会议纪要.pdf");
        evidence.setPath("佐证材料/会议纪要.pdf"); // never written: missing
        evidence.setSha256("0".repeat(64));
        evidence.setSize(3);
        meeting.getDocuments().add(evidence);
        ProgressEntry entry = MODEL.createProgressEntry();
        entry.setDate(TODAY.minusDays(10));
        entry.setText("印发精简会议文件措施。");
        entry.getEvidence().add(evidence);
        late.getProgress().add(entry);
        content.getRecords().add(meeting);
        Path file = dir.resolve("台账测试.rectify");
        RegisterFiles.save(content, file);

        register = OpenRegisters.get().open(file);
        meeting = (Meeting) register.register().getRecords().get(0);
        zhang = register.register().getPeople().get(0);
        wang = register.register().getPeople().get(1);
        office = register.register().getUnits().get(0);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        view = (LedgerView) page.showView(LedgerView.ID);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        waitFor(() -> view.model().all().stream().anyMatch(row -> row.record() == meeting), "the register's rows");
        view.filterBar().choose(Choice.RECORD, meeting);
    }

    @AfterEach
    void closeRegister() {
        view.filterBar().clear();
        view.model().sortBy(null, false);
        view.model().setGrouping(Grouping.NONE);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        OpenRegisters.get().close(register);
        flush();
    }

    @Test
    void filtersByRecordAndLatenessGroupsAndSorts() {
        assertEquals(List.of("1.1", "1.2", "1.3", "2.1"), numbers(), "the record's measures in the usual order");
        assertEquals(Urgency.OVERDUE, rowOf("1.1").urgency());
        assertEquals(Urgency.DUE_URGENT, rowOf("1.2").urgency());
        assertTrue(view.counts().contains("4"), view.counts());
        screenshot("ledger-filtered-by-record");

        view.filterBar().choose(Choice.LATENESS, Lateness.OVERDUE);
        assertEquals(List.of("1.1"), numbers());
        view.filterBar().choose(Choice.LATENESS, Lateness.LATE_OR_DUE_SOON);
        assertEquals(List.of("1.1", "1.2"), numbers());
        view.filterBar().choose(Choice.LATENESS, null);
        view.filterBar().choose(Choice.LEADER, wang);
        assertEquals(List.of("1.2", "1.3"), numbers());
        view.filterBar().choose(Choice.LEADER, null);
        view.filterBar().choose(Choice.STATUS, MeasureStatus.CLOSED);
        assertEquals(List.of("2.1"), numbers());
        view.filterBar().choose(Choice.STATUS, null);

        view.model().setGrouping(Grouping.UNIT);
        List<LedgerLine> lines = lines();
        assertTrue(lines.get(0) instanceof GroupLine group && group.group().key() == office, "办公室 first");
        assertEquals(6, lines.size(), "two groups and four measures");
        screenshot("ledger-grouped-by-unit");
        view.model().toggle(office);
        assertEquals(4, lines().size(), "the office's two measures collapsed");
        view.model().setGrouping(Grouping.NONE);

        table().doCommand(new SortColumnCommand(table(), position(LedgerColumn.DEADLINE), false));
        assertSame(LedgerColumn.DEADLINE, view.model().sortColumn());
        assertEquals(List.of("2.1", "1.1", "1.2", "1.3"), numbers(), "by deadline");
        table().doCommand(new SortColumnCommand(table(), position(LedgerColumn.DEADLINE), false));
        assertEquals(List.of("1.3", "1.2", "1.1", "2.1"), numbers(), "descending on a second click");
    }

    @Test
    void anInPlaceEditIsOneCommandThatUndoes() {
        Measure measure = rowOf("1.1").measure();
        int line = lineOf("1.1");
        view.table().selection().doCommand(
                new UpdateDataCommand(view.table().selection(), LedgerColumn.LEADER.ordinal(), line, wang));
        assertSame(wang, measure.getResponsibleLeader(), "the edit reached the model");
        assertTrue(register.isDirty());
        waitFor(() -> rowOf("1.1").leader() == wang, "the table showing the new leader");
        assertEquals("王XX", cellText(LedgerColumn.LEADER, "1.1"));

        IAction undo = view.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
        assertNotNull(undo);
        undo.run();
        assertSame(zhang, measure.getResponsibleLeader(), "Edit › Undo restores the leader");
        waitFor(() -> rowOf("1.1").leader() == zhang, "the table showing the old leader");
        assertTrue(!register.isDirty());

        int planned = lineOf("1.2");
        view.table().selection()
                .doCommand(new UpdateDataCommand(view.table().selection(), LedgerColumn.STATUS.ordinal(),
                        planned, MeasureStatus.IN_PROGRESS));
        waitFor(() -> rowOf("1.2").status() == MeasureStatus.IN_PROGRESS, "the measure started");
        screenshot("ledger-after-edit");
        undo.run();
        waitFor(() -> rowOf("1.2").status() == MeasureStatus.PLANNED, "the start undone");
    }

    @Test
    void theListsAndTheDashboardFollowTheFilter() {
        LedgerTabs tabs = tabs();
        tabs.show(Tab.PROBLEMS);
        assertEquals(1, tabs.problems().rows().size());
        screenshot("problem-list");
        tabs.show(Tab.TASKS);
        assertEquals(4, tabs.tasks().rows().size());
        tabs.show(Tab.RESPONSIBILITY);
        assertEquals(4, tabs.responsibility().rows().size(), "张/办公室, 王/机关党委, 王/办公室, 张/机关党委");
        screenshot("responsibility-list");
        tabs.show(Tab.DASHBOARD);
        assertEquals(4, tabs.dashboard().statistics().total());
        assertEquals(1, tabs.dashboard().statistics().overdue());
        assertEquals(Urgency.values().length, tabs.dashboard().charts().get(0).bars().size(),
                "a bar per state of urgency");
        screenshot("dashboard");
        view.filterBar().choose(Choice.STATUS, MeasureStatus.CLOSED);
        assertEquals(1, tabs.dashboard().statistics().total(), "the dashboard in front follows at once");
        tabs.show(Tab.PROBLEMS);
        assertEquals(1, tabs.problems().rows().size());
        tabs.show(Tab.LEDGER);
    }

    @Test
    void openingTheRegisterRemindsOfOverdueMeasuresAndFlagsMissingEvidence() {
        waitFor(() -> !EvidenceWatch.get().of(register, rowOf("1.1")).isEmpty(), "the evidence check");
        String problem = EvidenceWatch.get().of(register, rowOf("1.1")).get(0);
        assertTrue(problem.contains("会议纪要.pdf"), problem);
        assertTrue(cellText(LedgerColumn.EVIDENCE, "1.1").contains("\u26a0"), "the evidence cell is flagged");
        waitFor(() -> labelShowing("已逾期 1 项"), "the reminder of the overdue measure");
        waitFor(() -> labelShowing("1 个佐证材料文件缺失或已被改动"), "the notification of the missing file");
        screenshot("notifications");
    }

    // helpers

    private NatTable table() {
        return view.table().control();
    }

    private LedgerTabs tabs() {
        return view.tabs();
    }

    private List<LedgerLine> lines() {
        flush();
        return view.model().lines();
    }

    private List<String> numbers() {
        return lines().stream().filter(RowLine.class::isInstance).map(line -> ((RowLine) line).row().number()).toList();
    }

    private LedgerRow rowOf(String number) {
        flush();
        return view.model().shown().stream().filter(row -> row.record() == meeting && row.number().equals(number))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + number));
    }

    private int lineOf(String number) {
        List<LedgerLine> lines = lines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) instanceof RowLine row && row.row().number().equals(number)) {
                return i;
            }
        }
        throw new AssertionError("no line " + number);
    }

    /** @return the position of a column in the table, scrolled into view */
    private int position(LedgerColumn column) {
        table().doCommand(new ShowColumnInViewportCommand(column.ordinal()));
        flush();
        for (int position = 0; position < table().getColumnCount(); position++) {
            if (table().getColumnIndexByPosition(position) == column.ordinal()) {
                return position;
            }
        }
        throw new AssertionError(column + " is not in view");
    }

    /** @return the text the table shows in a cell */
    private String cellText(LedgerColumn column, String number) {
        int row = lineOf(number) + 1; // below the header
        var cell = table().getCellByPosition(position(column), row);
        var converter = table().getConfigRegistry().getConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER,
                cell.getDisplayMode(), cell.getConfigLabels());
        Object value = cell.getDataValue();
        return String.valueOf(converter == null ? value
                : converter.canonicalToDisplayValue(cell, table().getConfigRegistry(), value));
    }

    private static boolean labelShowing(String text) {
        return Stream.of(Display.getCurrent().getShells()).anyMatch(shell -> contains(shell, text));
    }

    private static boolean contains(Composite composite, String text) {
        for (Control child : composite.getChildren()) {
            if (child instanceof Label label && label.getText().contains(text)
                    || child instanceof Composite inner && contains(inner, text)) {
                return true;
            }
        }
        return false;
    }

    private static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run what is pending
        }
    }

    private static void waitFor(BooleanSupplier condition, String what) {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Display display = Display.getCurrent();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
    }

    /** Saves a picture of the workbench window to target/screenshots. */
    private static void screenshot(String name) {
        Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), name);
    }

    private static OrgUnit unit(Register register, String name) {
        OrgUnit unit = MODEL.createOrgUnit();
        unit.setName(name);
        register.getUnits().add(unit);
        return unit;
    }

    private static Person person(Register register, String name) {
        Person person = MODEL.createPerson();
        person.setName(name);
        register.getPeople().add(person);
        return person;
    }

    private static Measure measure(Direction direction, int number, String headline, LocalDate deadline,
            MeasureStatus status, OrgUnit unit, Person leader) {
        Measure measure = MODEL.createMeasure();
        measure.setNumber(number);
        measure.setHeadline(headline);
        measure.setDeadline(deadline);
        measure.setStatus(status);
        measure.setResponsibleUnit(unit);
        measure.setResponsibleLeader(leader);
        direction.getMeasures().add(measure);
        return measure;
    }
}
