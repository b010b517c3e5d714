package rectify.editor.pages;

import java.util.List;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import rectify.model.Meeting;
import rectify.model.Person;
import rectify.model.Register;
import rectify.model.Talk;
import rectify.model.TalkPairing;
import rectify.model.edit.Labels;

/**
 * The 五必谈 coverage: for each leadership member, how many talks of each mandatory pairing
 * the meeting records with him or her; an empty cell is a talk still missing.
 */
final class TalkCoverage {

    private final Meeting meeting;
    private final Table table;
    private final Adapter follower = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!table.isDisposed()) {
                fill();
            }
        }
    };

    TalkCoverage(FormToolkit toolkit, Composite parent, Meeting meeting) {
        this.meeting = meeting;
        Section section = toolkit.createSection(parent, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
        section.setText(Messages.talkCoverage);
        section.setDescription(Messages.talkCoverageDescription);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
        table = toolkit.createTable(section, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        section.setClient(table);
        new TableColumn(table, SWT.LEFT).setText(Messages.leader);
        for (TalkPairing pairing : pairings()) {
            TableColumn column = new TableColumn(table, SWT.CENTER);
            column.setText(Labels.literal(pairing));
        }
        fill();
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        meeting.eAdapters().add(follower);
    }

    private static List<TalkPairing> pairings() {
        return TalkPairing.VALUES.stream().filter(pairing -> pairing != TalkPairing.OTHER).toList();
    }

    private void fill() {
        table.removeAll();
        Register register = meeting.eContainer() instanceof Register r ? r : null;
        if (register == null) {
            return;
        }
        for (Person person : register.getPeople()) {
            if (!person.isLeadershipMember()) {
                continue;
            }
            TableItem row = new TableItem(table, SWT.NONE);
            row.setText(0, person.getName() == null ? "" : person.getName());
            List<TalkPairing> pairings = pairings();
            for (int i = 0; i < pairings.size(); i++) {
                long talks = count(person, pairings.get(i));
                row.setText(i + 1, talks == 0 ? "" : "✓ " + talks);
            }
        }
    }

    private long count(Person person, TalkPairing pairing) {
        return meeting.getTalks().stream()
                .filter(talk -> talk.getPairing() == pairing)
                .filter(talk -> involves(talk, person))
                .count();
    }

    private static boolean involves(Talk talk, Person person) {
        return talk.getInitiator() == person || talk.getPartner() == person;
    }

    void dispose() {
        meeting.eAdapters().remove(follower);
    }
}
