package rectify.search.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.util.EcoreUtil;

import rectify.core.io.RegisterFiles;
import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.Direction;
import rectify.model.Measure;
import rectify.model.MeasureStatus;
import rectify.model.Meeting;
import rectify.model.OrgUnit;
import rectify.model.Person;
import rectify.model.Problem;
import rectify.model.RectifyFactory;
import rectify.model.Register;
import rectify.model.Review;
import rectify.samples.Samples;

/**
 * A register of many records for the search benchmark, written from the sample register's own
 * texts: each record has two aspects of problems, causes and a direction of measures whose
 * headlines and texts are those of the sample, recombined (a problem's explanation is put together
 * from the sentences of several), with units, leaders and statuses, about eleven elements a
 * record, added to a copy of the sample register. The same seed gives the same register.
 */
final class SampleClones {

    private static final RectifyFactory F = RectifyFactory.eINSTANCE;
    private static final int FIRST_YEAR = 2016;

    private final Random random = new Random(20211228L);
    private final List<String[]> problems = new ArrayList<>();
    private final List<String[]> causes = new ArrayList<>();
    private final List<String[]> measures = new ArrayList<>();
    private final List<String> aspects = new ArrayList<>();
    private final List<String> sentences = new ArrayList<>();

    private SampleClones(Register sample) {
        sample.getRecords().forEach(record -> {
            Review review = record.getReview();
            review.getAspects().forEach(aspect -> {
                aspects.add(aspect.getTitle());
                aspect.getProblems().forEach(
                        problem -> problems.add(new String[] { problem.getHeadline(), problem.getExplanation() }));
            });
            review.getCauses().forEach(cause -> causes.add(new String[] { cause.getHeadline(), cause.getAnalysis() }));
            review.getDirections().forEach(direction -> direction.getMeasures()
                    .forEach(measure -> measures.add(new String[] { measure.getHeadline(), measure.getText() })));
        });
        problems.forEach(problem -> split(problem[1]));
        causes.forEach(cause -> split(cause[1]));
        measures.forEach(measure -> split(measure[1]));
    }

    private void split(String text) {
        if (text != null) {
            for (String sentence : text.split("(?<=[。；])")) {
                if (!sentence.isBlank()) {
                    sentences.add(sentence);
                }
            }
        }
    }

    /**
     * @param records how many records
     * @param file where the register is saved
     * @return the number of elements searched (records, aspects, problems, causes, directions, measures)
     */
    static int write(int records, Path file) throws IOException {
        Register sample = sample();
        return new SampleClones(sample).generate(sample, records, file);
    }

    /** @return the sample register, read from a copy in a temporary file */
    static Register sample() throws IOException {
        Path copy = Files.createTempFile("sample", ".rectify");
        try {
            return RegisterFiles.load(Samples.copySampleRegister(copy));
        } finally {
            Files.delete(copy);
        }
    }

    private int generate(Register sample, int records, Path file) throws IOException {
        Register register = EcoreUtil.copy(sample);
        List<OrgUnit> units = new ArrayList<>(register.getUnits());
        List<Person> people = new ArrayList<>(register.getPeople());
        for (int u = units.size(); u < 40; u++) {
            OrgUnit unit = F.createOrgUnit();
            unit.setName("第" + (u + 1) + "处");
            register.getUnits().add(unit);
            units.add(unit);
            Person person = F.createPerson();
            person.setName("干部" + (u + 1));
            register.getPeople().add(person);
            people.add(person);
        }
        int elements = register.getRecords().stream()
                .mapToInt(record -> 1 + record.getAspectCount() + record.getProblemCount()
                        + record.getCauseCount() + record.getDirectionCount() + record.getMeasureCount()
                        + record.getOpinionCount())
                .sum();
        for (int r = 0; r < records; r++) {
            Meeting meeting = F.createMeeting();
            int year = FIRST_YEAR + r * 10 / records;
            meeting.setYear(year);
            meeting.setTitle(year + "年度" + units.get(r % units.size()).getName() + "组织生活会（" + (r + 1) + "）");
            Review review = F.createReview();
            meeting.setReview(review);
            elements++;
            for (int a = 0; a < 2; a++) {
                Aspect aspect = F.createAspect();
                aspect.setTitle(pick(aspects));
                review.getAspects().add(aspect);
                elements++;
                int count = a == 0 ? 2 : 1;
                for (int p = 0; p < count; p++) {
                    String[] source = pick(problems);
                    Problem problem = F.createProblem();
                    problem.setNumber(p + 1);
                    problem.setHeadline(source[0]);
                    problem.setExplanation(pick(sentences) + pick(sentences) + pick(sentences));
                    aspect.getProblems().add(problem);
                    elements++;
                }
            }
            for (int c = 0; c < 2; c++) {
                String[] source = pick(causes);
                Cause cause = F.createCause();
                cause.setNumber(c + 1);
                cause.setHeadline(source[0]);
                cause.setAnalysis(pick(sentences) + pick(sentences));
                review.getCauses().add(cause);
                elements++;
            }
            Direction direction = F.createDirection();
            direction.setHeading(pick(aspects));
            review.getDirections().add(direction);
            elements++;
            for (int m = 0; m < 2; m++) {
                String[] source = pick(measures);
                Measure measure = F.createMeasure();
                measure.setNumber(m + 1);
                measure.setHeadline(source[0]);
                measure.setText(pick(sentences) + pick(sentences));
                measure.setResponsibleUnit(units.get(random.nextInt(units.size())));
                measure.setResponsibleLeader(people.get(random.nextInt(people.size())));
                measure.setStatus(MeasureStatus.values()[random.nextInt(MeasureStatus.values().length)]);
                measure.setDeadline(LocalDate.of(year + 1, 1 + random.nextInt(12), 1));
                direction.getMeasures().add(measure);
                elements++;
            }
            register.getRecords().add(meeting);
        }
        RegisterFiles.save(register, file);
        return elements;
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
