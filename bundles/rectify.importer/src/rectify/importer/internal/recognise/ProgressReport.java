package rectify.importer.internal.recognise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import rectify.importer.internal.Messages;
import rectify.importer.internal.recognise.ProgressSections.Kind;
import rectify.importer.internal.recognise.ProgressSections.Section;
import rectify.model.Aspect;
import rectify.model.Direction;
import rectify.model.Measure;
import rectify.model.MeasureStatus;
import rectify.model.OrgUnit;
import rectify.model.Person;
import rectify.model.Problem;
import rectify.model.ProgressEntry;
import rectify.model.RectifyFactory;

/**
 * The findings of a rectification progress report (整改进展情况的报告), each with its sections
 * ({@link ProgressSections}): the finding is a problem under its aspect; its 整改措施, one by one
 * (一是…；二是…), are measures that address it, under a direction of the same label and heading
 * as the aspect; its 整改进展 gives the measures' status (已完成: done; 持续整改, 正在整改, 推进中:
 * in progress; 未启动: planned) and is kept as a progress entry of each; its 责任领导, 责任单位 and
 * 完成时限 are the measures' leader, unit and deadline. A finding with progress but no 整改措施
 * has one measure: what the progress says was done.
 */
final class ProgressReport {

    /** What the report holds. */
    record Result(List<Aspect> aspects, List<Direction> directions, List<Person> people, List<OrgUnit> units) {
    }

    private static final RectifyFactory MODEL = RectifyFactory.eINSTANCE;
    private static final Pattern SEVERAL = Pattern.compile("[、，,/／和及与]"); //$NON-NLS-1$
    private static final List<String> PLANNED = List.of("未启动", "尚未启动", "未开始", "尚未开始"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final List<String> IN_PROGRESS = List.of("持续整改", "正在整改", "推进中", "整改中", "正在推进", "基本完成", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "长期坚持", "持续推进", "阶段性完成", "部分完成"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final List<String> DONE = List.of("已完成", "已整改", "整改完成", "完成整改", "已办结", "已销号", "已落实"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

    /** A first sentence this short that names a status gives nothing else. */
    private static final int STATUS_ONLY = 8;

    private final Findings findings;
    private final LocalDate date;
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, OrgUnit> units = new LinkedHashMap<>();
    private final int[] statuses = new int[MeasureStatus.VALUES.size()];
    private int deadlines;
    private int leaders;
    private int unitsSet;

    private ProgressReport(Findings findings, LocalDate date) {
        this.findings = findings;
        this.date = date;
    }

    /** @return whether the part's items are findings with their measures or progress */
    static boolean applies(GroupedPart.Result part) {
        return part.groups().stream().flatMap(group -> group.items().stream())
                .anyMatch(item -> ProgressSections.split(ReviewElements.text(item)).sections().stream()
                        .anyMatch(section -> section.kind() == Kind.MEASURES || section.kind() == Kind.PROGRESS));
    }

    /**
     * @param date the date of the report, for its progress entries, or {@code null}
     */
    static Result read(GroupedPart.Result part, Findings findings, LocalDate date, int position) {
        ProgressReport report = new ProgressReport(findings, date);
        List<Aspect> aspects = new ArrayList<>();
        List<Direction> directions = new ArrayList<>();
        int problems = 0;
        int measures = 0;
        for (GroupedPart.Group group : part.groups()) {
            Aspect aspect = ReviewElements.aspect(group, false);
            Direction direction = MODEL.createDirection();
            direction.setLabel(aspect.getLabel());
            direction.setHeading(aspect.getTitle());
            for (GroupedPart.Item item : group.items()) {
                ProgressSections.Split split = ProgressSections.split(ReviewElements.text(item));
                Problem problem = ReviewElements.problem(item.number(), split.finding());
                aspect.getProblems().add(problem);
                List<Measure> made = report.measures(item, split, problem, aspects.size() + 1, direction);
                direction.getMeasures().addAll(made);
                measures += made.size();
            }
            problems += aspect.getProblems().size();
            aspects.add(aspect);
            if (!direction.getMeasures().isEmpty()) {
                directions.add(direction);
            }
        }
        int[] s = report.statuses;
        findings.recognised(position, Messages.foundProgressReport, problems, measures, directions.size());
        findings.recognised(position, Messages.foundStatuses, s[MeasureStatus.DONE_VALUE],
                s[MeasureStatus.IN_PROGRESS_VALUE],
                s[MeasureStatus.PLANNED_VALUE]);
        findings.recognised(position, Messages.foundResponsibilities, report.leaders, report.unitsSet,
                report.deadlines);
        return new Result(aspects, directions, List.copyOf(report.people.values()), List.copyOf(report.units.values()));
    }

    private List<Measure> measures(GroupedPart.Item item, ProgressSections.Split split, Problem problem, int aspect,
            Direction direction) {
        List<Measure> measures = new ArrayList<>();
        String progress = null;
        List<Section> responsibilities = new ArrayList<>();
        for (Section section : split.sections()) {
            switch (section.kind()) {
                case MEASURES -> measures.addAll(measures(section.text(), direction));
                case PROGRESS -> progress = progress == null ? section.text() : progress + '\n' + section.text();
                default -> responsibilities.add(section);
            }
        }
        if (measures.isEmpty() && progress != null) {
            measures.add(measure(withoutStatus(progress)));
            findings.inferred(item.first().position(), Messages.inferredMeasureFromProgress, item.number(), aspect);
        }
        if (measures.isEmpty()) {
            responsibilities
                    .forEach(section -> findings.noteText(item.first().position(), section.marker() + section.text(),
                            Messages.notPlacedResponsibility));
            return measures;
        }
        int number = direction.getMeasures().size();
        for (Measure measure : measures) {
            measure.setNumber(++number);
            measure.getProblems().add(problem);
        }
        progress(item, progress, measures, aspect);
        responsibilities.forEach(section -> responsibility(item, section, measures));
        measures.forEach(measure -> statuses[measure.getStatus().getValue()]++);
        return measures;
    }

    /** @return the measures of a 整改措施 section: one per item (一是…；二是…), or one of it all; what comes before the first item sums the direction up */
    private static List<Measure> measures(String text, Direction direction) {
        List<Ordinals.Lead> items = Ordinals.itemsOf(text);
        List<Measure> measures = new ArrayList<>();
        if (items.isEmpty()) {
            measures.add(measure(text));
            return measures;
        }
        String before = text.substring(0, items.get(0).start()).strip();
        if (!before.isEmpty()) {
            direction.setSummary(direction.getSummary() == null ? before : direction.getSummary() + '\n' + before);
        }
        for (int i = 0; i < items.size(); i++) {
            int end = i + 1 < items.size() ? items.get(i + 1).start() : text.length();
            measures.add(measure(text.substring(items.get(i).end(), end).strip()));
        }
        return measures;
    }

    /** @return the progress without its first sentence when that only gives the status, as 已完成。 does */
    private static String withoutStatus(String progress) {
        int first = Sentences.firstEnd(progress);
        boolean statusOnly = first < progress.length() && first <= STATUS_ONLY
                && status(progress.substring(0, first)) != null;
        return statusOnly ? progress.substring(first).strip() : progress;
    }

    private static Measure measure(String text) {
        Measure measure = MODEL.createMeasure();
        int headline = Sentences.firstEnd(text);
        measure.setHeadline(text.substring(0, headline));
        measure.setText(text.substring(headline).strip());
        return measure;
    }

    private void progress(GroupedPart.Item item, String progress, List<Measure> measures, int aspect) {
        if (progress == null) {
            findings.inferred(item.first().position(), Messages.inferredNoProgress, item.number(), aspect);
            return;
        }
        String first = progress.substring(0, Sentences.firstEnd(progress));
        MeasureStatus status = status(first);
        if (status == null) {
            findings.inferred(item.first().position(), Messages.inferredNoStatus, item.number(), aspect);
        }
        for (Measure measure : measures) {
            if (status != null) {
                measure.setStatus(status);
            }
            ProgressEntry entry = MODEL.createProgressEntry();
            entry.setDate(date);
            entry.setText(progress);
            measure.getProgress().add(entry);
        }
    }

    private static MeasureStatus status(String text) {
        if (PLANNED.stream().anyMatch(text::contains)) {
            return MeasureStatus.PLANNED;
        }
        if (IN_PROGRESS.stream().anyMatch(text::contains)) {
            return MeasureStatus.IN_PROGRESS;
        }
        return DONE.stream().anyMatch(text::contains) ? MeasureStatus.DONE : null;
    }

    private void responsibility(GroupedPart.Item item, Section section, List<Measure> measures) {
        String value = ProgressSections.value(section.text());
        if (section.kind() == Kind.DEADLINE) {
            Deadlines.Deadline deadline = Deadlines.parse(value);
            if (deadline == null) {
                findings.noteText(item.first().position(), section.marker() + section.text(),
                        Messages.notPlacedDeadline, value);
                return;
            }
            for (Measure measure : measures) {
                measure.setDeadline(deadline.date());
                if (deadline.kind() != null) {
                    measure.setKind(deadline.kind());
                }
            }
            deadlines++;
            return;
        }
        String[] names = SEVERAL.split(value);
        String name = names[0].strip();
        if (name.isEmpty()) {
            return;
        }
        if (names.length > 1) {
            findings.noteText(item.first().position(), section.marker() + section.text(), Messages.notPlacedSeveral,
                    name);
        }
        for (Measure measure : measures) {
            if (section.kind() == Kind.LEADER) {
                measure.setResponsibleLeader(people.computeIfAbsent(name, ProgressReport::person));
            } else {
                measure.setResponsibleUnit(units.computeIfAbsent(name, ProgressReport::unit));
            }
        }
        if (section.kind() == Kind.LEADER) {
            leaders++;
        } else {
            unitsSet++;
        }
    }

    private static Person person(String name) {
        Person person = MODEL.createPerson();
        person.setName(name);
        return person;
    }

    private static OrgUnit unit(String name) {
        OrgUnit unit = MODEL.createOrgUnit();
        unit.setName(name);
        return unit;
    }
}
