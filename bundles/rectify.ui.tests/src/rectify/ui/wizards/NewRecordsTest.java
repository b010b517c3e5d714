package rectify.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static rectify.ui.Workbenches.revert;
import static rectify.ui.Workbenches.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.chain.commands.NewRecords;
import rectify.model.Aspect;
import rectify.model.InspectionKind;
import rectify.model.Meeting;
import rectify.model.MeetingKind;
import rectify.model.Notice;
import rectify.model.Record;
import rectify.model.RecordStatus;
import rectify.model.RectifyFactory;
import rectify.model.RectifyPackage;
import rectify.model.RequiredAspect;
import rectify.model.ReviewTemplate;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/** New meetings and inspections from templates, each one command. */
class NewRecordsTest {

    private final OpenRegister sample = sample();

    @TempDir
    Path folder;

    @AfterEach
    void leaveSampleUnchanged() {
        revert(sample);
    }

    private static NewRecords.Spec meeting(String title) {
        return new NewRecords.Spec(RectifyPackage.Literals.MEETING, MeetingKind.DEMOCRATIC_LIFE, title, 2026,
                LocalDate.of(2027, 1, 20));
    }

    @Test
    void theBuiltInTemplateHasTheFiveAspectsOfTheSample() {
        ReviewTemplate builtIn = BuiltInTemplate.create();
        ReviewTemplate sampleTemplate = sample.register().getRecords().stream().filter(r -> r.getYear() == 2021)
                .findFirst().orElseThrow().getReview().getTemplate();
        assertEquals(List.of("政治能力", "担当作为", "为民服务", "斗争本领", "从严治党"),
                builtIn.getAspects().stream().map(RequiredAspect::getShortName).toList());
        assertEquals(sampleTemplate.getAspects().stream().map(RequiredAspect::getTitle).toList(),
                builtIn.getAspects().stream().map(RequiredAspect::getTitle).toList());
        assertSame(sampleTemplate, BuiltInTemplate.in(sample.register()), "the sample's copy is not recognized");
    }

    @Test
    void aNewMeetingFromTheBuiltInTemplateSharesTheRegistersCopyAndUndoesAtOnce() {
        List<TemplateChoice> choices = TemplateChoice.of(sample.register());
        assertInstanceOf(TemplateChoice.None.class, choices.get(0));
        TemplateChoice builtIn = choices.get(1);
        assertSame(BuiltInTemplate.in(sample.register()), builtIn.template());
        assertEquals(1, choices.stream().filter(TemplateChoice.Stored.class::isInstance).count(),
                "the 2025 template, not the built-in one again");
        assertInstanceOf(TemplateChoice.FromNotice.class, choices.get(choices.size() - 1));
        int templates = sample.register().getTemplates().size();

        Command command = NewRecords.command(sample.domain(), sample.register(), meeting("2026年度民主生活会"),
                builtIn.template());
        sample.domain().getCommandStack().execute(command);
        Record record = NewRecords.recordOf(command);
        assertSame(sample.register(), record.eContainer());
        assertEquals(RecordStatus.DRAFT, record.getStatus());
        assertEquals(MeetingKind.DEMOCRATIC_LIFE, ((Meeting) record).getKind());
        assertEquals(templates, sample.register().getTemplates().size(), "the built-in template was added again");
        List<Aspect> aspects = record.getReview().getAspects();
        assertEquals(List.of("（一）", "（二）", "（三）", "（四）", "（五）"), aspects.stream().map(Aspect::getLabel).toList());
        assertSame(builtIn.template().getAspects().get(4), aspects.get(4).getRequirement());
        assertEquals("从严治党", aspects.get(4).getShortName());

        sample.domain().getCommandStack().undo();
        assertFalse(sample.register().getRecords().contains(record));
        assertFalse(sample.isDirty());
    }

    @Test
    void aTemplateFromANoticeGoesIntoTheRegisterWithTheNoticeAndTheRecord() throws Exception {
        OpenRegister empty = OpenRegisters.get().open(NewRegisterWizard.create(folder.resolve("空.rectify"), "", ""));
        try {
            ReviewTemplate template = RectifyFactory.eINSTANCE.createReviewTemplate();
            Notice notice = RectifyFactory.eINSTANCE.createNotice();
            notice.setTitle("关于开好2026年度巡察整改专题会的通知");
            template.setName(notice.getTitle());
            template.setNotice(notice);
            template.getAspects().add(NoticePage.aspect("在落实巡察整改主体责任方面｜主体责任"));
            template.getAspects().add(NoticePage.aspect("在完善制度机制方面"));
            Command command = NewRecords.command(empty.domain(), empty.register(),
                    new NewRecords.Spec(RectifyPackage.Literals.INSPECTION, InspectionKind.CIRCUIT, "巡察整改", 2026, null),
                    template);
            empty.domain().getCommandStack().execute(command);
            Record record = NewRecords.recordOf(command);
            assertEquals(List.of(notice), empty.register().getNotices());
            assertEquals(List.of(template), empty.register().getTemplates());
            assertEquals("主体责任", template.getAspects().get(0).getShortName());
            assertEquals("在落实巡察整改主体责任方面", template.getAspects().get(0).getTitle());
            assertNull(template.getAspects().get(1).getShortName());
            assertEquals(2, record.getReview().getAspects().size());
            assertSame(template, record.getReview().getTemplate());
            empty.domain().getCommandStack().undo();
            assertTrue(empty.register().getNotices().isEmpty() && empty.register().getTemplates().isEmpty()
                    && empty.register().getRecords().isEmpty(), "undo left something behind");
        } finally {
            OpenRegisters.get().close(empty);
        }
    }
}
