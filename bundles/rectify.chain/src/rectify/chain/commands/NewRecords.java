package rectify.chain.commands;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import rectify.chain.internal.Messages;
import rectify.model.Aspect;
import rectify.model.Inspection;
import rectify.model.InspectionKind;
import rectify.model.Meeting;
import rectify.model.MeetingKind;
import rectify.model.Notice;
import rectify.model.RectifyFactory;
import rectify.model.RectifyPackage;
import rectify.model.Record;
import rectify.model.RecordStatus;
import rectify.model.Register;
import rectify.model.RequiredAspect;
import rectify.model.Review;
import rectify.model.ReviewTemplate;
import rectify.model.numbering.ChineseNumerals;

/**
 * The commands that add a record to a register, one undo each: a new meeting or inspection (a draft
 * with an empty review whose aspects answer the template's required aspects, labelled by their
 * place), or a record made elsewhere, such as an imported one; the notices and template it refers
 * to that are not yet in the register go in with it.
 */
public final class NewRecords {

    /** The section headings of a self-examination material, as documents write them. */
    private static final String PROBLEMS_HEADING = "存在的主要问题"; //$NON-NLS-1$
    private static final String CAUSES_HEADING = "问题原因剖析"; //$NON-NLS-1$
    private static final String DIRECTIONS_HEADING = "努力方向及整改措施"; //$NON-NLS-1$

    /**
     * What the user said of the new record.
     *
     * @param kind {@link RectifyPackage.Literals#MEETING} or {@link RectifyPackage.Literals#INSPECTION}
     * @param subKind the {@link MeetingKind} or {@link InspectionKind}
     * @param title the title
     * @param year the year
     * @param date the date, or null
     */
    public record Spec(EClass kind, Enumerator subKind, String title, int year, LocalDate date) {
    }

    private NewRecords() {
    }

    /**
     * @param domain the register's editing domain
     * @param register the register
     * @param spec the new record
     * @param template the template of the review, in the register or new; null for none
     * @return the command, not yet executed; {@link #recordOf(Command)} gives the record
     */
    public static Command command(EditingDomain domain, Register register, Spec spec, ReviewTemplate template) {
        return add(domain, register, record(spec, template),
                template == null || template.getNotice() == null ? List.of() : List.of(template.getNotice()), template,
                spec.kind() == RectifyPackage.Literals.MEETING ? Messages.newMeetingCommand
                        : Messages.newInspectionCommand);
    }

    /**
     * @param domain the register's editing domain
     * @param register the register
     * @param record a record in no register yet
     * @param notices notices the record refers to; those in no register yet are added
     * @param template the template its review answers, added when it is in no register yet; null for none
     * @param label the command's label, e.g. 导入文档
     * @return the command that adds them, not yet executed; {@link #recordOf(Command)} gives the record
     */
    public static Command add(EditingDomain domain, Register register, Record record, Collection<Notice> notices,
            ReviewTemplate template, String label) {
        CompoundCommand command = new CompoundCommand(label);
        List<Notice> newNotices = notices.stream().filter(notice -> notice.eContainer() == null).toList();
        if (!newNotices.isEmpty()) {
            command.append(AddCommand.create(domain, register, RectifyPackage.Literals.REGISTER__NOTICES, newNotices));
        }
        if (template != null && template.eContainer() == null) {
            command.append(AddCommand.create(domain, register, RectifyPackage.Literals.REGISTER__TEMPLATES, template));
        }
        command.append(AddCommand.create(domain, register, RectifyPackage.Literals.REGISTER__RECORDS, record));
        return command;
    }

    /** @return the record a command of this class adds */
    public static Record recordOf(Command command) {
        List<Command> commands = ((CompoundCommand) command).getCommandList();
        return (Record) commands.get(commands.size() - 1).getResult().iterator().next();
    }

    private static Record record(Spec spec, ReviewTemplate template) {
        Record record;
        if (spec.kind() == RectifyPackage.Literals.MEETING) {
            Meeting meeting = RectifyFactory.eINSTANCE.createMeeting();
            meeting.setKind((MeetingKind) spec.subKind());
            meeting.setBasisNotice(template == null ? null : template.getNotice());
            record = meeting;
        } else {
            Inspection inspection = RectifyFactory.eINSTANCE.createInspection();
            inspection.setKind((InspectionKind) spec.subKind());
            record = inspection;
        }
        record.setTitle(spec.title());
        record.setYear(spec.year());
        record.setDate(spec.date());
        record.setStatus(RecordStatus.DRAFT);
        record.setReview(review(spec, template));
        return record;
    }

    private static Review review(Spec spec, ReviewTemplate template) {
        Review review = RectifyFactory.eINSTANCE.createReview();
        if (spec.kind() == RectifyPackage.Literals.MEETING) {
            review.setProblemsHeading(PROBLEMS_HEADING);
            review.setCausesHeading(CAUSES_HEADING);
            review.setDirectionsHeading(DIRECTIONS_HEADING);
        }
        review.setTemplate(template);
        List<RequiredAspect> required = template == null ? List.of() : template.getAspects();
        for (int i = 0; i < required.size(); i++) {
            Aspect aspect = RectifyFactory.eINSTANCE.createAspect();
            aspect.setLabel(ChineseNumerals.inParentheses(i + 1));
            aspect.setTitle(required.get(i).getTitle());
            aspect.setShortName(required.get(i).getShortName());
            aspect.setRequirement(required.get(i));
            review.getAspects().add(aspect);
        }
        return review;
    }
}
