package rectify.chain.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;

import rectify.model.Aspect;
import rectify.model.MeetingKind;
import rectify.model.Notice;
import rectify.model.RectifyFactory;
import rectify.model.RectifyPackage;
import rectify.model.Record;
import rectify.model.Register;
import rectify.model.RequiredAspect;
import rectify.model.ReviewTemplate;

/** New records, with what they refer to, go into a register as one command. */
class NewRecordsTest {

    private final EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
            new BasicCommandStack());
    private final Register register = RectifyFactory.eINSTANCE.createRegister();

    @Test
    void aNewMeetingAnswersItsTemplateWithLabelledAspects() {
        ReviewTemplate template = RectifyFactory.eINSTANCE.createReviewTemplate();
        Notice notice = RectifyFactory.eINSTANCE.createNotice();
        template.setNotice(notice);
        for (String name : List.of("政治能力", "担当作为")) {
            RequiredAspect required = RectifyFactory.eINSTANCE.createRequiredAspect();
            required.setShortName(name);
            template.getAspects().add(required);
        }
        Command command = NewRecords.command(domain, register, new NewRecords.Spec(RectifyPackage.Literals.MEETING,
                MeetingKind.DEMOCRATIC_LIFE, "2026年度民主生活会", 2026, LocalDate.of(2027, 1, 20)), template);
        domain.getCommandStack().execute(command);

        Record record = NewRecords.recordOf(command);
        assertSame(register, record.eContainer());
        assertEquals(List.of(notice), register.getNotices());
        assertEquals(List.of(template), register.getTemplates());
        assertEquals(List.of("（一）", "（二）"), record.getReview().getAspects().stream().map(Aspect::getLabel).toList());
        domain.getCommandStack().undo();
        assertTrue(register.getRecords().isEmpty() && register.getNotices().isEmpty()
                && register.getTemplates().isEmpty());
    }

    @Test
    void aRecordMadeElsewhereBringsOnlyTheNoticesTheRegisterLacks() {
        Notice held = RectifyFactory.eINSTANCE.createNotice();
        register.getNotices().add(held);
        Notice fresh = RectifyFactory.eINSTANCE.createNotice();
        Record imported = RectifyFactory.eINSTANCE.createInspection();
        Command command = NewRecords.add(domain, register, imported, List.of(held, fresh), null, "导入");
        domain.getCommandStack().execute(command);
        assertEquals(List.of(held, fresh), register.getNotices());
        assertSame(imported, NewRecords.recordOf(command));
        assertEquals("导入", command.getLabel());
    }
}
