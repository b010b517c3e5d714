package rectify.editor.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.forms.IMessage;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.core.io.RegisterFiles;
import rectify.editor.RecordEditor;
import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.Direction;
import rectify.model.Disposition;
import rectify.model.Measure;
import rectify.model.Meeting;
import rectify.model.Opinion;
import rectify.model.OpinionChannel;
import rectify.model.OrgUnit;
import rectify.model.Problem;
import rectify.model.RecordStatus;
import rectify.model.RectifyFactory;
import rectify.model.RectifyPackage;
import rectify.model.Register;
import rectify.model.Review;
import rectify.model.Solicitation;
import rectify.testing.Widgets;
import rectify.ui.editors.RegisterElementInput;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/**
 * The record editor driven as a user drives it: add a problem, type its headline, link it to a
 * cause and a measure in the pickers, undo and redo, see the closed-loop marker come and go,
 * save and read the file back.
 */
class RecordEditorTest {

    private static final RectifyFactory MODEL = RectifyFactory.eINSTANCE;

    @TempDir
    Path dir;

    private OpenRegister register;
    private RecordEditor editor;
    private Meeting meeting;

    @BeforeEach
    void openEditorOnAMeeting() throws Exception {
        Register content = MODEL.createRegister();
        OrgUnit office = MODEL.createOrgUnit();
        office.setName("办公室");
        content.getUnits().add(office);
        meeting = MODEL.createMeeting();
        meeting.setTitle("2022年度民主生活会");
        meeting.setStatus(RecordStatus.HELD);
        Review review = MODEL.createReview();
        meeting.setReview(review);
        Aspect aspect = MODEL.createAspect();
        aspect.setTitle("政治能力方面");
        review.getAspects().add(aspect);
        Cause cause = MODEL.createCause();
        cause.setNumber(1);
        cause.setHeadline("理论学习不够深入。");
        review.getCauses().add(cause);
        Direction direction = MODEL.createDirection();
        Measure measure = MODEL.createMeasure();
        measure.setNumber(1);
        measure.setHeadline("制定年度学习计划。");
        measure.setResponsibleUnit(office);
        measure.setDeadline(LocalDate.now().plusMonths(6));
        direction.getMeasures().add(measure);
        review.getDirections().add(direction);
        content.getRecords().add(meeting);
        Path file = dir.resolve("editor-test.rectify");
        RegisterFiles.save(content, file);

        register = OpenRegisters.get().open(file);
        meeting = (Meeting) register.register().getRecords().get(0);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = (RecordEditor) page.openEditor(new RegisterElementInput(register, meeting, meeting.getTitle()),
                RecordEditor.ID);
    }

    @AfterEach
    void closeEverything() {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeEditor(editor, false);
        OpenRegisters.get().close(register);
    }

    @Test
    void addAProblemLinkItUndoRedoSaveAndReadItBack() throws Exception {
        ReviewPage review = (ReviewPage) editor.setActivePage("review");
        Composite form = review.getManagedForm().getForm().getBody();
        Aspect aspect = meeting.getReview().getAspects().get(0);

        review.select(aspect);
        Button add = button(form, Messages.addProblem);
        assertTrue(add.getEnabled(), "a problem can be added to the selected aspect");
        click(add);
        assertEquals(1, aspect.getProblems().size());
        Problem problem = aspect.getProblems().get(0);
        assertEquals(1, problem.getNumber());

        Text headline = fieldAfterLabel(form, Text.class, "标题");
        headline.setFocus();
        headline.setText("从政治高度观察思考问题不够。");
        headline.notifyListeners(SWT.FocusOut, null);
        assertEquals("从政治高度观察思考问题不够。", problem.getHeadline());

        waitFor(() -> hasMessageAbout(review, "从政治高度观察思考问题不够"), "a closed-loop marker for the new problem");

        pick(form, "原因", "理论学习不够深入");
        pick(form, "整改措施", "制定年度学习计划");
        assertEquals(List.of(meeting.getReview().getCauses().get(0)), problem.getCauses());
        assertEquals(1, problem.getMeasures().size());
        waitFor(() -> !hasMessageAbout(review, "从政治高度观察思考问题不够"), "the marker going away once linked");

        IAction undo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
        IAction redo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.REDO.getId());
        undo.run();
        assertTrue(problem.getMeasures().isEmpty(), "undo removes the last link");
        assertEquals(1, problem.getCauses().size());
        redo.run();
        assertEquals(1, problem.getMeasures().size());
        assertTrue(editor.isDirty());

        editor.doSave(null);
        assertTrue(!editor.isDirty(), "saved");
        Register reread = RegisterFiles.load(register.file());
        Problem saved = ((Meeting) reread.getRecords().get(0)).getReview().getAspects().get(0).getProblems().get(0);
        assertEquals("从政治高度观察思考问题不够。", saved.getHeadline());
        assertEquals("理论学习不够深入。", saved.getCauses().get(0).getHeadline());
        assertEquals("制定年度学习计划。", saved.getMeasures().get(0).getHeadline());
    }

    @Test
    void textStillBeingTypedCountsAsUnsavedAndIsSaved() throws Exception {
        ReviewPage review = (ReviewPage) editor.setActivePage("review");
        Composite form = review.getManagedForm().getForm().getBody();
        review.select(meeting.getReview().getCauses().get(0));
        assertTrue(!editor.isDirty());

        Text headline = fieldAfterLabel(form, Text.class, "标题");
        headline.setFocus();
        headline.setText("理论学习抓得不紧。");
        assertTrue(editor.isDirty(), "typed text not yet committed is unsaved work");

        editor.doSave(null);
        assertEquals("理论学习抓得不紧。", meeting.getReview().getCauses().get(0).getHeadline());
        Register reread = RegisterFiles.load(register.file());
        assertEquals("理论学习抓得不紧。",
                ((Meeting) reread.getRecords().get(0)).getReview().getCauses().get(0).getHeadline());
    }

    @Test
    void theOpinionsTableListsEveryOpinionAndEditsACellAsOneUndoableCommand() {
        Solicitation solicitation = MODEL.createSolicitation();
        solicitation.setReportedCount(5);
        for (String text : List.of("建议加强理论学习。", "希望多深入基层调研。")) {
            Opinion opinion = MODEL.createOpinion();
            opinion.setText(text);
            opinion.setChannel(OpinionChannel.FORUM);
            opinion.setSourceUnit(register.register().getUnits().get(0));
            solicitation.getOpinions().add(opinion);
        }
        register.domain().getCommandStack().execute(AddCommand.create(register.domain(), meeting,
                RectifyPackage.Literals.MEETING__SOLICITATIONS, solicitation));
        PreparationPage preparation = (PreparationPage) editor.setActivePage("preparation");
        Composite form = preparation.getManagedForm().getForm().getBody();
        TableViewer viewer = preparation.opinionTable();
        Table table = viewer.getTable();
        int disposition = column(table, "处理方式");
        assertEquals(2, table.getItemCount());
        assertEquals("意见建议（已录入2条，共征求到5条）", ((Section) table.getParent()).getText());
        assertEquals("建议加强理论学习。", table.getItem(0).getText(column(table, "内容")));
        assertEquals("座谈会", table.getItem(0).getText(column(table, "征求途径")));
        assertEquals("办公室", table.getItem(0).getText(column(table, "提出单位")), "a unit is shown by its name alone");
        assertEquals("待处理", table.getItem(1).getText(disposition));

        Opinion second = solicitation.getOpinions().get(1);
        viewer.editElement(second, disposition);
        CCombo combo = Widgets.descendants(table, CCombo.class).findFirst()
                .orElseThrow(() -> new AssertionError("no cell editor"));
        combo.select(Arrays.asList(combo.getItems()).indexOf("采纳"));
        combo.notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals(Disposition.ADOPTED, second.getDisposition());
        assertEquals("采纳", table.getItem(1).getText(disposition));

        editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
        assertEquals(Disposition.PENDING, second.getDisposition());
        assertEquals("待处理", table.getItem(1).getText(disposition));

        viewer.setSelection(new StructuredSelection(second), true);
        Text text = fieldAfterLabel(form, Text.class, "内容");
        assertEquals("希望多深入基层调研。", text.getText(), "the chosen row's details are shown");
    }

    @Test
    void theMouseWheelOverAChoiceScrollsPastItWithoutChangingIt() {
        OverviewPage overview = (OverviewPage) editor.setActivePage("overview");
        Composite form = overview.getManagedForm().getForm().getBody();
        CCombo status = fieldAfterLabel(form, CCombo.class, "状态");
        status.setFocus();
        Control inner = status.getDisplay().getFocusControl();
        assertTrue(inner != null && inner.getParent() == status, "the field's own text has the focus");
        fieldAfterLabel(form, Text.class, "标题").setFocus();
        Event wheel = new Event();
        wheel.count = -3;
        inner.notifyListeners(SWT.MouseWheel, wheel);
        assertEquals(RecordStatus.HELD, meeting.getStatus(), "passing over the field changed it");
        assertTrue(!editor.isDirty());

        status.setFocus();
        Event focusedWheel = new Event();
        focusedWheel.count = -1;
        inner.notifyListeners(SWT.MouseWheel, focusedWheel);
        assertTrue(meeting.getStatus() != RecordStatus.HELD, "the wheel picks the next value in a field being edited");
    }

    @Test
    void theOutlineShowsTheReviewAndTakesTheUserToTheElementChosen() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ContentOutline outline = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
        page.activate(editor);
        waitFor(() -> outline.getCurrentPage() instanceof ContentOutlinePage, "the record's outline");
        ContentOutlinePage tree = (ContentOutlinePage) outline.getCurrentPage();
        List<String> top = Arrays.stream(((Tree) tree.getControl()).getItems()).map(TreeItem::getText).toList();
        assertTrue(top.contains("1 理论学习不够深入。"), top.toString());
        assertTrue(top.stream().anyMatch(text -> text.contains("政治能力方面")), top.toString());

        Cause cause = meeting.getReview().getCauses().get(0);
        tree.setSelection(new StructuredSelection(cause));
        assertTrue(editor.getActivePageInstance() instanceof ReviewPage, "the review page is shown");
        Composite form = ((ReviewPage) editor.getActivePageInstance()).getManagedForm().getForm().getBody();
        assertEquals("理论学习不够深入。", fieldAfterLabel(form, Text.class, "标题").getText());
    }

    private static int column(Table table, String title) {
        TableColumn[] columns = table.getColumns();
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].getText().equals(title)) {
                return i;
            }
        }
        throw new AssertionError("no column " + title);
    }

    private static boolean hasMessageAbout(ReviewPage page, String text) {
        IMessage[] messages = page.getManagedForm().getForm().getForm().getChildrenMessages();
        return messages != null && Arrays.stream(messages).anyMatch(m -> m.getMessage().contains(text));
    }

    /** Presses "Choose..." beside the labelled picker and checks the row containing {@code item}. */
    @Test
    void theEditorStaysOnItsRecordWhenAnotherProgramChangesTheFileAndClosesWhenTheRecordIsRemovedThere() {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

        anotherProgramChanges(onDisk -> onDisk.getRecords().get(0).setTitle("磁盘上改的标题"));
        waitFor(() -> "磁盘上改的标题".equals(meeting.getTitle()), "the register reloaded by itself");

        assertTrue(Arrays.asList(page.getEditors()).contains(editor), "the editor stays open");
        assertEquals(meeting, editor.record());
        assertEquals("磁盘上改的标题", editor.getPartName());
        assertTrue(!editor.isDirty());

        anotherProgramChanges(onDisk -> onDisk.getRecords().clear());
        waitFor(() -> !Arrays.asList(page.getEditors()).contains(editor), "the editor of the removed record closing");
        assertTrue(register.register().getRecords().isEmpty());
    }

    /** Changes the register's file as another process would: under its lock, read, change, atomic save. */
    private void anotherProgramChanges(Consumer<Register> change) {
        CompletableFuture.runAsync(() -> {
            try {
                RegisterFiles.update(register.file(), Duration.ofSeconds(10), (onDisk, created) -> {
                    change.accept(onDisk);
                    return null;
                });
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).join();
    }

    private static void pick(Composite form, String label, String item) {
        Composite row = fieldAfterLabel(form, Composite.class, label);
        Button choose = button(row, "选择...");
        Display.getCurrent().asyncExec(() -> {
            Shell dialog = Display.getCurrent().getActiveShell();
            Table table = Widgets.descendants(dialog, Table.class).findFirst().orElseThrow();
            for (TableItem row2 : table.getItems()) {
                if (row2.getText().contains(item)) {
                    row2.setChecked(true);
                }
            }
            click(button(dialog, IDialogConstants.OK_LABEL));
        });
        click(choose);
    }

    private static void click(Button button) {
        button.notifyListeners(SWT.Selection, null);
    }

    private static Button button(Composite parent, String text) {
        return Widgets.descendants(parent, Button.class).filter(b -> text.equals(b.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text));
    }

    /** The control of type {@code type} right after the label whose text starts with {@code label}. */
    private static <T extends Control> T fieldAfterLabel(Composite form, Class<T> type, String label) {
        List<Control> all = Widgets.descendants(form, Control.class).toList();
        for (int i = 0; i < all.size() - 1; i++) {
            if (all.get(i) instanceof Label l && l.getText().startsWith(label)) {
                Optional<T> next = all.subList(i + 1, all.size()).stream().filter(type::isInstance).map(type::cast)
                        .findFirst();
                if (next.isPresent()) {
                    return next.get();
                }
            }
        }
        throw new AssertionError("no field labelled " + label);
    }

    private static void waitFor(BooleanSupplier condition, String what) {
        Display display = Display.getCurrent();
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "waited 10 s for " + what);
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> {
                });
                display.sleep();
            }
        }
        assertNotNull(display);
    }
}
