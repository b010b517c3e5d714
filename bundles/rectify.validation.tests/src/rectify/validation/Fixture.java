package rectify.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

import rectify.model.ArchivalInfo;
import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.Direction;
import rectify.model.Disposition;
import rectify.model.Measure;
import rectify.model.MeasureKind;
import rectify.model.MeasureStatus;
import rectify.model.Meeting;
import rectify.model.Opinion;
import rectify.model.OpinionChannel;
import rectify.model.OrgUnit;
import rectify.model.Person;
import rectify.model.Problem;
import rectify.model.RecordStatus;
import rectify.model.RectifyFactory;
import rectify.model.Register;
import rectify.model.RequiredAspect;
import rectify.model.RetentionPeriod;
import rectify.model.Review;
import rectify.model.ReviewTemplate;
import rectify.model.Solicitation;
import rectify.model.Verification;
import rectify.model.VerificationResult;

/**
 * A complete, fully linked and archived meeting record in a register, with texts from the sample
 * document; tests break one thing at a time.
 */
final class Fixture {

    /** The day deadlines are judged on. */
    static final LocalDate TODAY = LocalDate.of(2023, 1, 10);

    private static final RectifyFactory F = RectifyFactory.eINSTANCE;

    final Register register = F.createRegister();
    final OrgUnit office = F.createOrgUnit();
    final Person secretary = F.createPerson();
    final ReviewTemplate template = F.createReviewTemplate();
    final RequiredAspect politics = F.createRequiredAspect();
    final RequiredAspect action = F.createRequiredAspect();
    final Meeting meeting = F.createMeeting();
    final ArchivalInfo archivalInfo = F.createArchivalInfo();
    final Review review = F.createReview();
    final Aspect aspect1 = F.createAspect();
    final Aspect aspect2 = F.createAspect();
    final Problem problem1 = problem(1, "从思想深处领悟理论精髓不够。");
    final Problem problem2 = problem(2, "从政治高度观察思考问题不够。");
    final Problem problem3 = problem(1, "以“闯”的精神攻坚克难不够。");
    final Cause cause1 = cause(1, "政治站位的高度不够。");
    final Cause cause2 = cause(2, "勇于担当作为的精气神不足。");
    final Direction direction1 = F.createDirection();
    final Direction direction2 = F.createDirection();
    final Measure measure1 = measure(1, "不断提高政治站位。");
    final Measure measure2 = measure(2, "提升党内生活质量。");
    final Measure measure3 = measure(1, "要健全制度机制，搞好顶层设计。");
    final Solicitation solicitation = F.createSolicitation();
    final Opinion adopted = opinion("希望班子进一步提高政治站位。", Disposition.ADOPTED);
    final Opinion merged = opinion("建议加快固定应急避难场所建设。", Disposition.MERGED);
    final Opinion rejected = opinion("建议增加机关食堂供应品种。", Disposition.NOT_ADOPTED);
    final Opinion pending = opinion("建议加强业务培训。", Disposition.PENDING);

    Fixture() {
        register.setOrganizationName("XX省XX厅");
        register.setFondsCode("X001");
        office.setName("办公室");
        office.setCode("BGS");
        secretary.setName("张XX");
        secretary.setLeadershipMember(true);
        secretary.setUnit(office);
        register.getUnits().add(office);
        register.getPeople().add(secretary);

        template.setName("2021年度民主生活会");
        politics.setTitle("对带头深刻感悟“两个确立”的决定性意义方面的问题。");
        politics.setShortName("政治建设");
        politics.setMinimumProblems(2);
        action.setTitle("对带头牢记我们党是什么、要干什么这个根本问题方面的问题。");
        action.setShortName("担当作为");
        action.setMinimumProblems(1);
        template.getAspects().addAll(List.of(politics, action));
        register.getTemplates().add(template);

        meeting.setTitle("2021年度党员领导干部民主生活会");
        meeting.setYear(2021);
        meeting.setDate(LocalDate.of(2022, 1, 20));
        meeting.setStatus(RecordStatus.ARCHIVED);
        archivalInfo.setYear(2021);
        archivalInfo.setRetention(RetentionPeriod.PERMANENT);
        archivalInfo.setOrganizationCode("BGS");
        archivalInfo.setItemNumber(1);
        meeting.setArchivalInfo(archivalInfo);
        register.getRecords().add(meeting);

        review.setTitle("2021年度民主生活会对照检查材料");
        review.setTemplate(template);
        meeting.setReview(review);

        aspect1.setLabel("(一)");
        aspect1.setTitle(politics.getTitle());
        aspect1.setRequirement(politics);
        aspect1.getProblems().addAll(List.of(problem1, problem2));
        aspect2.setLabel("");
        aspect2.setTitle(action.getTitle()); // answers its required aspect by title
        aspect2.getProblems().add(problem3);
        review.getAspects().addAll(List.of(aspect1, aspect2));
        review.getCauses().addAll(List.of(cause1, cause2));

        direction1.setHeading("着眼“两个维护”，强化政治建设。");
        direction1.getMeasures().addAll(List.of(measure1, measure2));
        direction2.setLabel("（二）");
        direction2.setHeading("落实“两个根本”，高效推动XXXX事业创新发展。");
        direction2.getMeasures().add(measure3);
        review.getDirections().addAll(List.of(direction1, direction2));

        problem1.getCauses().add(cause1);
        problem2.getCauses().add(cause1);
        problem3.getCauses().add(cause2);
        problem1.getMeasures().add(measure1);
        problem2.getMeasures().add(measure2);
        problem3.getMeasures().add(measure3);
        cause1.getMeasures().add(measure1);
        cause2.getMeasures().add(measure3);

        measure1.setResponsibleLeader(secretary); // a leader only
        measure1.setDeadline(LocalDate.of(2022, 6, 30));
        measure1.setStatus(MeasureStatus.CLOSED);
        Verification verification = F.createVerification();
        verification.setDate(LocalDate.of(2022, 7, 5));
        verification.setVerifier(secretary);
        verification.setResult(VerificationResult.EFFECTIVE);
        measure1.setVerification(verification);
        measure2.setResponsibleUnit(office); // a unit only, ongoing without a deadline
        measure2.setKind(MeasureKind.ONGOING);
        measure2.setStatus(MeasureStatus.IN_PROGRESS);
        measure3.setResponsibleLeader(secretary);
        measure3.setResponsibleUnit(office);
        measure3.setKind(MeasureKind.INSTITUTIONAL);
        measure3.setDeadline(LocalDate.of(2022, 12, 31)); // past, but done
        measure3.setStatus(MeasureStatus.DONE);

        solicitation.getChannels().add(OpinionChannel.FORUM);
        solicitation.setReportedCount(88);
        solicitation.getOpinions().addAll(List.of(adopted, merged, rejected, pending));
        adopted.getProblems().add(problem2);
        merged.getProblems().add(problem3);
        rejected.setReason("与本次民主生活会主题无关，已转机关服务中心办理。");
        meeting.getSolicitations().add(solicitation);

        Resource resource = new ResourceImpl(URI.createURI("memory:/fixture.rectify"));
        resource.getContents().add(register);
    }

    /** @return the diagnostics of the register in English on {@link #TODAY} */
    Diagnostic validate() {
        return validate(Locale.ENGLISH);
    }

    /** @return the diagnostics of the register in a language on {@link #TODAY} */
    Diagnostic validate(Locale locale) {
        return RegisterValidation.validate(register, TODAY, locale);
    }

    /** @return the diagnostics of the rules, flattened */
    static Stream<Diagnostic> ruleDiagnostics(Diagnostic diagnostic) {
        return diagnostic.getChildren().stream()
                .flatMap(child -> Stream.concat(Stream.of(child), ruleDiagnostics(child)))
                .filter(child -> RegisterValidation.ruleOf(child) != null);
    }

    /** @return the diagnostics of one rule */
    static List<Diagnostic> of(Rule rule, Diagnostic diagnostic) {
        return ruleDiagnostics(diagnostic).filter(child -> RegisterValidation.ruleOf(child) == rule).toList();
    }

    private static Problem problem(int number, String headline) {
        Problem problem = F.createProblem();
        problem.setNumber(number);
        problem.setHeadline(headline);
        return problem;
    }

    private static Cause cause(int number, String headline) {
        Cause cause = F.createCause();
        cause.setNumber(number);
        cause.setHeadline(headline);
        return cause;
    }

    private static Measure measure(int number, String headline) {
        Measure measure = F.createMeasure();
        measure.setNumber(number);
        measure.setHeadline(headline);
        return measure;
    }

    private static Opinion opinion(String text, Disposition disposition) {
        Opinion opinion = F.createOpinion();
        opinion.setText(text);
        opinion.setDisposition(disposition);
        return opinion;
    }
}
