package rectify.importer.internal.recognise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import rectify.importer.internal.Messages;
import rectify.model.Meeting;
import rectify.model.Notice;
import rectify.model.OpinionChannel;
import rectify.model.OrgUnitKind;
import rectify.model.RectifyFactory;
import rectify.model.Solicitation;
import rectify.model.StudyForm;
import rectify.model.StudySession;
import rectify.model.Talk;
import rectify.model.TalkPairing;

/**
 * The facts a meeting's preamble states about its preparation: the notice it answers and the
 * implementation plan (titles in 《》), the study and its forms, the opinions solicited (the
 * channels named, the kinds of units, the count such as 88条), and the heart-to-heart talks.
 * Each clause (between ； and 。) is read on its own.
 */
final class PreambleFacts {

    private static final RectifyFactory MODEL = RectifyFactory.eINSTANCE;
    private static final Pattern TITLE = Pattern.compile("《([^《》]{2,200})》"); //$NON-NLS-1$
    private static final Pattern CLAUSE_END = Pattern.compile("[；;。！？]"); //$NON-NLS-1$
    private static final Pattern STUDY_TOPIC = Pattern.compile("学习了?([^，,；;。、]{2,40}?)(?=[，,；;。]|$)"); //$NON-NLS-1$
    private static final Pattern COUNT = Pattern.compile("([0-9]{1,5})\\s*(?:条|件|个)"); //$NON-NLS-1$
    private static final String TALKS = "谈心谈话"; //$NON-NLS-1$

    private static final Map<String, StudyForm> STUDY_FORMS = Map.of("集中学习", StudyForm.COLLECTIVE, "个人自学", //$NON-NLS-1$ //$NON-NLS-2$
            StudyForm.INDIVIDUAL, "研讨交流", StudyForm.SEMINAR, "交流研讨", StudyForm.SEMINAR, "专题辅导", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            StudyForm.LECTURE, "党课", StudyForm.LECTURE); //$NON-NLS-1$
    private static final Map<String, OpinionChannel> CHANNELS = Map.of("座谈会", OpinionChannel.FORUM, "意见征集表", //$NON-NLS-1$ //$NON-NLS-2$
            OpinionChannel.QUESTIONNAIRE, "征求意见表", OpinionChannel.QUESTIONNAIRE, "问卷", OpinionChannel.QUESTIONNAIRE, //$NON-NLS-1$ //$NON-NLS-2$
            "意见箱", OpinionChannel.SUGGESTION_BOX, "网上", OpinionChannel.ONLINE, "网络", OpinionChannel.ONLINE, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "邮箱", OpinionChannel.ONLINE); //$NON-NLS-1$
    private static final Map<String, OrgUnitKind> SOURCES = Map.of("成员单位", OrgUnitKind.MEMBER_UNIT, "处室", //$NON-NLS-1$ //$NON-NLS-2$
            OrgUnitKind.DEPARTMENT, "部门", OrgUnitKind.DEPARTMENT, "直属单位", OrgUnitKind.SUBORDINATE, "下属单位", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            OrgUnitKind.SUBORDINATE, "所属单位", OrgUnitKind.SUBORDINATE); //$NON-NLS-1$

    private final Meeting meeting;
    private final Findings findings;
    private final int position;
    private final List<Notice> notices = new ArrayList<>();

    private PreambleFacts(Meeting meeting, Findings findings, int position) {
        this.meeting = meeting;
        this.findings = findings;
        this.position = position;
    }

    /**
     * Sets the meeting's preparation from its preamble.
     *
     * @param preamble the preamble's paragraphs
     * @param position where the preamble starts
     * @return the notices the meeting now refers to, in no resource yet
     */
    static List<Notice> read(String preamble, Meeting meeting, Findings findings, int position) {
        PreambleFacts facts = new PreambleFacts(meeting, findings, position);
        facts.notices(preamble);
        for (String clause : CLAUSE_END.split(preamble)) {
            facts.study(clause);
            facts.solicitation(clause);
            facts.talk(clause);
        }
        return facts.notices;
    }

    private void notices(String text) {
        for (Matcher m = TITLE.matcher(text); m.find();) {
            String title = m.group(1);
            if (meeting.getPlan() == null && title.endsWith("方案")) { //$NON-NLS-1$
                meeting.setPlan(notice(title, null));
                findings.recognised(position, Messages.foundPlan, title);
            } else if (meeting.getBasisNotice() == null && (title.endsWith("通知") || title.startsWith("关于"))) { //$NON-NLS-1$ //$NON-NLS-2$
                int about = title.indexOf("关于"); //$NON-NLS-1$
                String issuer = about > 0 ? title.substring(0, about) : null;
                meeting.setBasisNotice(notice(title, issuer));
                findings.recognised(position, issuer == null ? Messages.foundNotice : Messages.foundNoticeIssuer, title,
                        issuer);
            }
        }
    }

    private Notice notice(String title, String issuer) {
        Notice notice = MODEL.createNotice();
        notice.setTitle(title);
        notice.setIssuer(issuer);
        notices.add(notice);
        return notice;
    }

    private void study(String clause) {
        List<String> forms = wordsIn(clause, STUDY_FORMS);
        if (forms.isEmpty() || !meeting.getStudySessions().isEmpty()) {
            return;
        }
        String topic = null;
        for (Matcher m = STUDY_TOPIC.matcher(clause); m.find() && topic == null;) {
            String candidate = m.group(1);
            if (!candidate.contains("自学") && !candidate.contains("结合") && !candidate.contains("方式")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                topic = candidate;
            }
        }
        for (String form : forms) {
            StudySession session = MODEL.createStudySession();
            session.setForm(STUDY_FORMS.get(form));
            session.setTopic(topic);
            meeting.getStudySessions().add(session);
        }
        findings.recognised(position, topic == null ? Messages.foundStudy : Messages.foundStudyTopic,
                String.join("、", forms), topic); //$NON-NLS-1$
    }

    private void solicitation(String clause) {
        if (!meeting.getSolicitations().isEmpty() || !clause.contains("意见") //$NON-NLS-1$
                || !(clause.contains("征") || clause.contains("听取") || clause.contains("收集"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return;
        }
        Solicitation solicitation = MODEL.createSolicitation();
        List<String> channels = wordsIn(clause, CHANNELS);
        List<String> sources = wordsIn(clause, SOURCES);
        channels.forEach(word -> addOnce(solicitation.getChannels(), CHANNELS.get(word)));
        sources.forEach(word -> addOnce(solicitation.getSourceKinds(), SOURCES.get(word)));
        Matcher count = COUNT.matcher(clause);
        boolean counted = count.find();
        if (counted) {
            solicitation.setReportedCount(Integer.parseInt(count.group(1)));
        }
        meeting.getSolicitations().add(solicitation);
        findings.recognised(position, Messages.foundSolicitation, orNone(channels), orNone(sources),
                counted ? count.group(1) : Messages.none);
    }

    private void talk(String clause) {
        int at = clause.indexOf(TALKS);
        if (at < 0 || !meeting.getTalks().isEmpty()) {
            return;
        }
        int start = Math.max(clause.lastIndexOf('，', at), clause.lastIndexOf(',', at)) + 1;
        Talk talk = MODEL.createTalk();
        talk.setSummary(clause.substring(start).strip());
        if (clause.contains("书记")) { //$NON-NLS-1$
            talk.setInitiatorDescription("书记"); //$NON-NLS-1$
        }
        if (clause.contains("班子成员")) { //$NON-NLS-1$
            talk.setPartnerDescription("班子成员"); //$NON-NLS-1$
        }
        boolean fiveTalks = clause.contains("五必谈"); //$NON-NLS-1$
        talk.setPairing(fiveTalks && clause.contains("书记") ? TalkPairing.SECRETARY_WITH_MEMBERS : TalkPairing.OTHER); //$NON-NLS-1$
        meeting.getTalks().add(talk);
        findings.recognised(position, Messages.foundTalks, talk.getSummary());
    }

    /** @return the words of {@code words} that occur in {@code text}, in the order they occur */
    private static <T> List<String> wordsIn(String text, Map<String, T> words) {
        return words.keySet().stream().filter(text::contains).sorted(Comparator.comparingInt(text::indexOf))
                .collect(Collectors.toList());
    }

    private static <T> void addOnce(List<T> list, T value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    private static String orNone(List<String> words) {
        return words.isEmpty() ? Messages.none : String.join("、", words); //$NON-NLS-1$
    }
}
