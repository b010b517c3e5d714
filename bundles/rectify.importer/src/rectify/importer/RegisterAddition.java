package rectify.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import rectify.importer.Finding.Kind;
import rectify.importer.internal.Messages;
import rectify.model.Meeting;
import rectify.model.Notice;
import rectify.model.Record;
import rectify.model.Register;
import rectify.model.ReviewTemplate;

/**
 * What adding an imported record to a register takes: the record, fitted to the register, and
 * the notices the register does not hold yet. Nothing is in the register until
 * {@link #apply()}; an editor can instead add {@link #record()} and {@link #newNotices()}
 * through commands, in one undoable step.
 */
public final class RegisterAddition {

    private final Register register;
    private final Record record;
    private final List<Notice> newNotices;
    private final ReviewTemplate template;
    private final List<Finding> findings;

    private RegisterAddition(Register register, Record record, List<Notice> newNotices, ReviewTemplate template,
            List<Finding> findings) {
        this.register = register;
        this.record = record;
        this.newNotices = List.copyOf(newNotices);
        this.template = template;
        this.findings = findings;
    }

    static RegisterAddition of(ImportResult result, Register register, ReviewTemplate explicit) {
        List<Finding> findings = new ArrayList<>();
        Record record = EcoreUtil.copy(result.record());
        List<Notice> newNotices = new ArrayList<>();
        Map<Notice, Notice> resolved = new HashMap<>();
        for (Notice notice : result.notices()) {
            Notice held = register.getNotices().stream().filter(n -> Objects.equals(n.getTitle(), notice.getTitle()))
                    .findFirst().orElse(null);
            if (held != null) {
                findings.add(new Finding(Kind.RECOGNISED, 0, NLS.bind(Messages.foundNoticeReused, notice.getTitle())));
            } else {
                held = EcoreUtil.copy(notice);
                newNotices.add(held);
            }
            resolved.put(notice, held);
        }
        Notice basis = null;
        if (record instanceof Meeting meeting) {
            meeting.setBasisNotice(resolved.get(meeting.getBasisNotice()));
            meeting.setPlan(resolved.get(meeting.getPlan()));
            basis = meeting.getBasisNotice();
        }
        ReviewTemplate template = explicit != null ? explicit : TemplateMatching.answering(register, basis);
        if (template != null && record.getReview() != null) {
            findings.add(new Finding(Kind.RECOGNISED, 0,
                    NLS.bind(explicit != null ? Messages.foundTemplate : Messages.foundTemplateByNotice, template.getName())));
            TemplateMatching.match(record.getReview(), template, findings);
        }
        return new RegisterAddition(register, record, newNotices, template, findings);
    }

    /** @return the register the record is for */
    public Register register() {
        return register;
    }

    /** @return the record to add to the register's records */
    public Record record() {
        return record;
    }

    /** @return the notices the record refers to that the register does not hold yet, to add to its notices */
    public List<Notice> newNotices() {
        return newNotices;
    }

    /** @return the template the review answers, or {@code null} */
    public ReviewTemplate template() {
        return template;
    }

    /** @return what fitting the record to the register found: notices reused, the template and its aspects */
    public List<Finding> findings() {
        return Collections.unmodifiableList(findings);
    }

    /**
     * Adds the record and the new notices to the register.
     *
     * @throws IllegalStateException when the record is in a register already
     */
    public void apply() {
        if (record.eContainer() != null) {
            throw new IllegalStateException("the record was added already"); //$NON-NLS-1$
        }
        register.getNotices().addAll(newNotices);
        register.getRecords().add(record);
    }

    void add(Finding finding) {
        findings.add(finding);
    }
}
