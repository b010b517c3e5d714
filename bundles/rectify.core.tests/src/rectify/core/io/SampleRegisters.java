package rectify.core.io;

import java.time.LocalDate;

import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.Direction;
import rectify.model.Measure;
import rectify.model.Meeting;
import rectify.model.OrgUnit;
import rectify.model.Person;
import rectify.model.Problem;
import rectify.model.RectifyFactory;
import rectify.model.Register;
import rectify.model.Review;

/** Small registers written for tests. */
public final class SampleRegisters {

    private static final RectifyFactory F = RectifyFactory.eINSTANCE;

    private SampleRegisters() {
    }

    /** @return a register of one meeting with linked problems, causes and measures */
    public static Register meeting(int people, int problems) {
        Register register = F.createRegister();
        register.setOrganizationName("中共某某省应急管理厅委员会");
        register.setFondsCode("Z001");
        OrgUnit office = F.createOrgUnit();
        office.setName("办公室");
        office.setCode("BGS");
        register.getUnits().add(office);
        for (int i = 0; i < people; i++) {
            Person person = F.createPerson();
            person.setName("干部" + i);
            person.setPosition("处长");
            person.setUnit(office);
            register.getPeople().add(person);
        }
        Meeting meeting = F.createMeeting();
        meeting.setTitle("2021年度党员领导干部民主生活会");
        meeting.setYear(2021);
        meeting.setDate(LocalDate.of(2022, 1, 20));
        meeting.setMinutes("会议由党委书记主持。\n与会同志逐一发言，开展批评和自我批评。");
        register.getRecords().add(meeting);
        Review review = F.createReview();
        meeting.setReview(review);
        Aspect aspect = F.createAspect();
        aspect.setTitle("带头深刻感悟“两个确立”的决定性意义方面");
        review.getAspects().add(aspect);
        Cause cause = F.createCause();
        cause.setHeadline("政治站位的高度不够");
        cause.setAnalysis("深入反思班子存在的问题，最根本的原因就是理论武装不足。");
        review.getCauses().add(cause);
        Direction direction = F.createDirection();
        direction.setHeading("着眼“两个维护”，强化政治建设。");
        review.getDirections().add(direction);
        for (int i = 0; i < problems; i++) {
            Problem problem = F.createProblem();
            problem.setNumber(i + 1);
            problem.setHeadline("从思想深处领悟理论精髓不够" + i);
            problem.setExplanation("在学习习近平新时代中国特色社会主义思想上，重视掌握具体观点、具体要求，"
                    + "在融会贯通、举一反三上下的功夫不够。");
            aspect.getProblems().add(problem);
            Measure measure = F.createMeasure();
            measure.setNumber(i + 1);
            measure.setHeadline("不断提高政治站位");
            measure.setText("坚持不懈抓好理论武装，认真学习习近平新时代中国特色社会主义思想。");
            measure.setDeadline(LocalDate.of(2022, 6, 30));
            if (!register.getPeople().isEmpty()) {
                measure.setResponsibleLeader(register.getPeople().get(i % register.getPeople().size()));
            }
            direction.getMeasures().add(measure);
            problem.getCauses().add(cause);
            problem.getMeasures().add(measure);
            measure.getCauses().add(cause);
        }
        return register;
    }
}
