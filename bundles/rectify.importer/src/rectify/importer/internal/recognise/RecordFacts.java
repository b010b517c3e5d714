package rectify.importer.internal.recognise;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import rectify.importer.internal.Messages;
import rectify.model.Inspection;
import rectify.model.InspectionKind;
import rectify.model.Meeting;
import rectify.model.MeetingKind;
import rectify.model.RecordStatus;
import rectify.model.RectifyFactory;
import rectify.model.Record;

/**
 * What kind of record a document is and what it is called: an inspection when it reports the
 * rectification of a 巡视, 巡察, 督查, audit or safety inspection, else a meeting (a democratic
 * or organizational life meeting, or another); its title from the implementation plan, the
 * notice or the document's own title; its year from the first year written.
 */
final class RecordFacts {

    private static final RectifyFactory MODEL = RectifyFactory.eINSTANCE;
    private static final Map<String, InspectionKind> INSPECTIONS = Map.of("巡视", InspectionKind.PATROL, //$NON-NLS-1$
            "巡察", InspectionKind.CIRCUIT, "督查", InspectionKind.SUPERVISION, "督察", InspectionKind.SUPERVISION, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "审计", InspectionKind.AUDIT, "安全检查", InspectionKind.SAFETY); //$NON-NLS-1$ //$NON-NLS-2$
    private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})\\s*年"); //$NON-NLS-1$
    private static final Pattern NOTICE_SUBJECT = Pattern.compile("(?:开好|召开|开展|做好)(.+?)(?:有关事项|工作)?的通知$"); //$NON-NLS-1$
    private static final List<String> PLAN_SUFFIXES = List.of("实施方案", "工作方案", "方案"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final List<String> TITLE_SUFFIXES = List.of("对照检查材料", "检视剖析材料", "发言提纲", "整改情况的报告", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "整改情况报告", "情况的报告", "情况报告", "报告", "材料"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    /**
     * An inspection's report is named after what it reports on: (某党委)关于XX巡察组反馈意见整改进展情况的报告
     * gives XX巡察组反馈意见整改进展.
     */
    private static final List<String> INSPECTION_SUFFIXES = List.of("情况的报告", "情况报告", "的报告", "报告"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final String ABOUT = "关于"; //$NON-NLS-1$

    private RecordFacts() {
    }

    /**
     * @param text what tells the kind: the title, the preamble and the part headings
     * @return a new meeting or inspection of the kind the text names
     */
    static Record create(String text) {
        int inspectionAt = firstOf(text, INSPECTIONS.keySet());
        if (inspectionAt >= 0 && text.contains("整改") && !text.contains("生活会")) { //$NON-NLS-1$ //$NON-NLS-2$
            Inspection inspection = MODEL.createInspection();
            INSPECTIONS.entrySet().stream().filter(e -> text.indexOf(e.getKey()) == inspectionAt).findFirst()
                    .ifPresent(e -> inspection.setKind(e.getValue()));
            inspection.setStatus(RecordStatus.RECTIFYING);
            return inspection;
        }
        Meeting meeting = MODEL.createMeeting();
        meeting.setKind(text.contains("民主生活会") ? MeetingKind.DEMOCRATIC_LIFE //$NON-NLS-1$
                : text.contains("组织生活会") ? MeetingKind.ORGANIZATIONAL_LIFE //$NON-NLS-1$
                        : text.contains("专题") ? MeetingKind.SPECIAL_TOPIC : MeetingKind.OTHER); //$NON-NLS-1$
        meeting.setStatus(RecordStatus.HELD);
        return meeting;
    }

    /**
     * Sets the record's title and year.
     *
     * @param reviewTitle the document's own title, or {@code null}
     * @param text the title and the preamble, where a year may be written
     */
    static void name(Record record, String reviewTitle, String text, Path file, Findings findings) {
        String title = title(record, reviewTitle, file);
        record.setTitle(title);
        Matcher year = YEAR.matcher(title);
        if (year.find() || (year = YEAR.matcher(text)).find()) {
            record.setYear(Integer.parseInt(year.group(1)));
        } else {
            record.setYear(fileYear(file));
            findings.inferred(0, Messages.inferredYear, Integer.toString(record.getYear()));
        }
        findings.recognised(0, record instanceof Inspection ? Messages.foundInspection : Messages.foundMeeting, title,
                Integer.toString(record.getYear()));
    }

    private static String title(Record record, String reviewTitle, Path file) {
        if (record instanceof Meeting meeting) {
            if (meeting.getPlan() != null) {
                return withoutSuffix(meeting.getPlan().getTitle(), PLAN_SUFFIXES);
            }
            if (meeting.getBasisNotice() != null) {
                Matcher subject = NOTICE_SUBJECT.matcher(meeting.getBasisNotice().getTitle());
                if (subject.find()) {
                    return subject.group(1);
                }
            }
        }
        if (reviewTitle != null && record instanceof Inspection) {
            String title = withoutSuffix(reviewTitle, INSPECTION_SUFFIXES);
            int about = title.indexOf(ABOUT);
            return about >= 0 && title.length() > about + ABOUT.length() ? title.substring(about + ABOUT.length())
                    : title;
        }
        if (reviewTitle != null) {
            return withoutSuffix(reviewTitle, TITLE_SUFFIXES);
        }
        String name = file.getFileName().toString();
        return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name; //$NON-NLS-1$
    }

    private static String withoutSuffix(String text, List<String> suffixes) {
        for (String suffix : suffixes) {
            if (text.endsWith(suffix) && text.length() > suffix.length()) {
                return text.substring(0, text.length() - suffix.length());
            }
        }
        return text;
    }

    private static int firstOf(String text, Iterable<String> words) {
        int first = -1;
        for (String word : words) {
            int at = text.indexOf(word);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    private static int fileYear(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant().atZone(ZoneId.systemDefault()).getYear();
        } catch (IOException e) {
            return java.time.Year.now().getValue();
        }
    }
}
