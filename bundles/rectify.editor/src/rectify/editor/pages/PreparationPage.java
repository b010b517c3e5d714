package rectify.editor.pages;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;

import rectify.model.Meeting;
import rectify.model.RectifyFactory;
import rectify.model.RectifyPackage.Literals;
import rectify.model.Solicitation;
import rectify.ui.registers.OpenRegister;

/**
 * What a meeting did before it was held: study sessions, solicitations with their opinions (also
 * as one table), heart-to-heart talks (with the 五必谈 coverage of the leadership team) and criticisms.
 */
public final class PreparationPage extends RecordPage {

    private static final RectifyFactory MODEL = RectifyFactory.eINSTANCE;

    private TreeMasterDetail tree;
    private OpinionTable opinions;
    private TalkCoverage coverage;

    public PreparationPage(FormEditor editor, OpenRegister register, Meeting meeting) {
        super(editor, "preparation", Messages.preparation, register, meeting);
    }

    @Override
    protected void fill(IManagedForm managed) {
        Meeting meeting = (Meeting) record();
        tree = new TreeMasterDetail(managed.getToolkit(), managed.getForm(), managed.getForm().getBody(),
                Messages.preparationContents, domain(), adapterFactory(),
                input -> Stream.of(meeting.getStudySessions(), meeting.getSolicitations(), meeting.getTalks(),
                        meeting.getCriticisms()).flatMap(List::stream).toArray(),
                List.of(AddAction.under(Messages.addStudySession, Meeting.class, meeting,
                        (domain, owner) -> add(domain, owner, Literals.MEETING__STUDY_SESSIONS,
                                MODEL.createStudySession())),
                        AddAction.under(Messages.addSolicitation, Meeting.class, meeting,
                                (domain, owner) -> add(domain, owner, Literals.MEETING__SOLICITATIONS,
                                        MODEL.createSolicitation())),
                        AddAction.under(Messages.addOpinion, Solicitation.class, meeting,
                                (domain, owner) -> add(domain, owner, Literals.SOLICITATION__OPINIONS,
                                        MODEL.createOpinion())),
                        AddAction.under(Messages.addTalk, Meeting.class, meeting,
                                (domain, owner) -> add(domain, owner, Literals.MEETING__TALKS, MODEL.createTalk())),
                        AddAction.under(Messages.addCriticism, Meeting.class, meeting,
                                (domain, owner) -> add(domain, owner, Literals.MEETING__CRITICISMS,
                                        MODEL.createCriticism()))),
                Set.of());
        tree.setInput(meeting);
        opinions = new OpinionTable(managed.getToolkit(), managed.getForm().getBody(), meeting, adapterFactory());
        opinions.viewer().addSelectionChangedListener(event -> {
            if (!event.getSelection().isEmpty()) {
                tree.viewer().setSelection(event.getSelection(), true);
            }
        });
        coverage = new TalkCoverage(managed.getToolkit(), managed.getForm().getBody(), meeting);
    }

    /** @return the table of the opinions, once the page is shown */
    TableViewer opinionTable() {
        return opinions.viewer();
    }

    private static Command add(EditingDomain domain, EObject owner, EReference list, EObject element) {
        return AddCommand.create(domain, owner, list, element);
    }

    @Override
    public void dispose() {
        if (tree != null) {
            tree.dispose();
            opinions.dispose();
            coverage.dispose();
        }
        super.dispose();
    }
}
