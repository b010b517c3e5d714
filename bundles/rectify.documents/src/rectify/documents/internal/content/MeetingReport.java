package rectify.documents.internal.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;

import rectify.documents.internal.Body;
import rectify.model.Criticism;
import rectify.model.Direction;
import rectify.model.Meeting;
import rectify.model.OpinionChannel;
import rectify.model.Person;
import rectify.model.Record;
import rectify.model.Solicitation;
import rectify.model.StudySession;

/**
 * The report on the meeting to the superior organ: the preparation (study, opinions solicited,
 * talks, the material), the meeting (date, place, host, attendees, theme), the criticisms
 * exchanged, and the rectification that follows (problems, measures, directions). A record that is
 * no meeting says what it has.
 */
final class MeetingReport extends Content {

    MeetingReport(Record record, LocalDate today) {
        super(record, today);
    }

    @Override
    public Map<String, String> values() {
        Map<String, String> values = super.values();
        values.put("meetingDate", record.getDate() == null ? Words.recently : Words.date(record.getDate()));
        return values;
    }

    @Override
    public Map<String, Consumer<Body>> blocks() {
        Map<String, Consumer<Body>> blocks = new LinkedHashMap<>();
        blocks.put("preparation", this::preparation);
        blocks.put("meeting", this::meeting);
        blocks.put("criticisms", this::criticisms);
        blocks.put("rectification", this::rectification);
        return blocks;
    }

    private void preparation(Body body) {
        if (record instanceof Meeting meeting) {
            List<String> studies = new ArrayList<>();
            for (StudySession study : meeting.getStudySessions()) {
                studies.add(
                        NLS.bind(Words.study, new Object[] { Words.date(study.getDate()), Words.text(study.getTopic()),
                                study.getForm() == null ? "" : label(study.getForm()) }));
            }
            body.text(studies.isEmpty() ? Words.noStudy
                    : NLS.bind(Words.studies, studies.size(), String.join(Words.separator, studies)));
            Set<String> channels = new LinkedHashSet<>();
            int opinions = 0;
            for (Solicitation solicitation : meeting.getSolicitations()) {
                for (OpinionChannel channel : solicitation.getChannels()) {
                    channels.add(label(channel));
                }
                opinions += Math.max(solicitation.getReportedCount(), solicitation.getOpinions().size());
            }
            if (!channels.isEmpty() || opinions > 0) {
                body.text(NLS.bind(Words.solicitation,
                        channels.isEmpty() ? Words.none : String.join(Words.separator, channels),
                        opinions));
            }
            if (!meeting.getTalks().isEmpty()) {
                body.text(NLS.bind(Words.talks, meeting.getTalks().size()));
            }
        }
        body.text(NLS.bind(Words.drafted,
                new Object[] { record.getProblemCount(), record.getCauseCount(), record.getMeasureCount() }));
    }

    private void meeting(Body body) {
        Meeting meeting = record instanceof Meeting m ? m : null;
        boolean held = record.getDate() != null && !Words.isBlank(record.getPlace());
        boolean hosted = meeting != null && meeting.getHost() != null && !Words.isBlank(meeting.getHost().getName());
        if (held) {
            body.text(NLS.bind(Words.held, Words.date(record.getDate()), record.getPlace()));
        }
        if (hosted) {
            body.text(NLS.bind(Words.hostedBy, meeting.getHost().getName()));
        }
        if (!held && !hosted) {
            body.text(Words.heldAsRequired);
        }
        if (meeting != null && !meeting.getAttendees().isEmpty()) {
            body.text(NLS.bind(Words.attendees, String.join(Words.separator,
                    meeting.getAttendees().stream().map(Person::getName).filter(n -> !Words.isBlank(n)).toList())));
        }
        if (meeting != null && !Words.isBlank(meeting.getTheme())) {
            body.text(NLS.bind(Words.theme, meeting.getTheme()));
        }
    }

    private void criticisms(Body body) {
        List<Criticism> criticisms = record instanceof Meeting meeting ? meeting.getCriticisms() : List.of();
        if (criticisms.isEmpty()) {
            body.text(Words.noCriticisms);
            return;
        }
        body.text(NLS.bind(Words.criticisms, criticisms.size()));
        for (Criticism criticism : criticisms) {
            body.text(NLS.bind(Words.criticism, new Object[] { name(criticism.getCritic()), name(criticism.getTarget()),
                    Words.text(criticism.getText()) }));
        }
    }

    private void rectification(Body body) {
        List<Direction> directions = record.getReview() == null ? List.of() : record.getReview().getDirections();
        body.text(NLS.bind(Words.rectification,
                new Object[] { record.getProblemCount(), record.getMeasureCount(), directions.size() }));
        for (Direction direction : directions) {
            body.text(NLS.bind(Words.direction,
                    new Object[] { Words.text(direction.getLabel()), Words.text(direction.getHeading()),
                            direction.getMeasures().size() }));
        }
    }
}
