package rectify.diagram.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import rectify.diagram.actions.ActionIds;
import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.Direction;
import rectify.model.Measure;
import rectify.model.MeasureStatus;
import rectify.model.Meeting;
import rectify.model.Problem;
import rectify.model.RectifyFactory;
import rectify.model.RectifyPackage.Literals;
import rectify.model.Review;

/**
 * The diagram benchmark (releng/bench/diagram): a synthetic review of 1,000 problems, causes and
 * measures with 2,000 links; prints the time to open it (new, with auto-layout; and with its
 * stored layout), to lay it out on demand and to repaint after a scroll. Runs only with
 * {@code -Drectify.diagram.bench=true}.
 */
@EnabledIfSystemProperty(named = "rectify.diagram.bench", matches = "true")
class DiagramBenchmarkTest {

    private static final int ASPECTS = 10;
    private static final int PROBLEMS_PER_ASPECT = 30;
    private static final int CAUSES = 200;
    private static final int DIRECTIONS = 20;
    private static final int MEASURES_PER_DIRECTION = 25;
    private static final String CHARACTERS = "理论学习政治站位担当作为宗旨意识责任落实制度建设监督检查调查研究基层群众服务能力水平"
            + "工作作风形式主义官僚主义整改措施问题原因深入推进完善机制加强党性修养精神状态统筹协调";

    private SampleRegister sample;

    @BeforeEach
    void open() throws Exception {
        sample = SampleRegister.open();
    }

    @AfterEach
    void close() throws Exception {
        sample.close();
    }

    @Test
    void openLayOutAndScrollAThousandNodes() throws Exception {
        Review first = addSyntheticRecord(2030, 1);
        Review second = addSyntheticRecord(2031, 2);
        print("diagram: synthetic review: %d nodes (%d problems, %d causes, %d measures), %d links",
                nodes(first), ASPECTS * PROBLEMS_PER_ASPECT, CAUSES, DIRECTIONS * MEASURES_PER_DIRECTION, links(first));

        Diagrams diagram = open(2030, "open new diagram + auto-layout (first in the JVM)", "");
        assertNotNull(first.getLayout(), "the new diagram was laid out");
        assertEquals(nodes(first), diagram.nodes().size());
        open(2031, "open new diagram + auto-layout (warm)", "   goal <= 2000 ms");
        assertNotNull(second.getLayout());

        sample.register.save();
        sample.closeRegister();
        sample = SampleRegister.reopen(sample);
        diagram = open(2030, "open with its stored layout (register reopened)", "");

        long[] layouts = new long[3];
        for (int i = 0; i < layouts.length; i++) {
            long start = System.nanoTime();
            diagram.action(ActionIds.AUTO_LAYOUT).run();
            paint(diagram.viewer);
            layouts[i] = System.nanoTime() - start;
            UI.flush();
        }
        print("diagram: auto-layout on demand (ELK, one command, repaint): median %d ms of %d", median(layouts),
                layouts.length);

        FigureCanvas canvas = (FigureCanvas) diagram.viewer.getControl();
        int height = canvas.getViewport().getContents().getBounds().height;
        long[] scrolls = new long[12];
        for (int i = 0; i < scrolls.length; i++) {
            int y = (i + 1) * canvas.getViewport().getClientArea().height * 3 / 2;
            long start = System.nanoTime();
            canvas.scrollTo(0, y % height);
            paint(diagram.viewer);
            scrolls[i] = System.nanoTime() - start;
            UI.flush();
        }
        print("diagram: repaint after a scroll of 1.5 screens: median %d ms, max %d ms (%d scrolls, viewport %s, diagram %d px high)",
                median(scrolls), millis(Arrays.stream(scrolls).max().orElse(0)), scrolls.length,
                canvas.getViewport().getClientArea().getSize(), height);
    }

    /**
     * Opens a diagram and prints two times: until it is drawn on screen (the editor open, laid
     * out and painted), and until the workbench is idle again (the Outline's overview drawn, the
     * closed-loop rules checked anew, the Problems view refreshed).
     */
    private Diagrams open(int year, String what, String goal) throws Exception {
        long start = System.nanoTime();
        DiagramEditor editor = (DiagramEditor) OpenDiagram.open(SampleRegister.page(), sample.review(year));
        GraphicalViewer viewer = (GraphicalViewer) editor.getAdapter(GraphicalViewer.class);
        paint(viewer);
        long drawn = System.nanoTime() - start;
        UI.flush();
        long idle = System.nanoTime() - start;
        print("diagram: %s: %d ms on screen%s; %d ms until the workbench is idle", what, millis(drawn), goal,
                millis(idle));
        return new Diagrams(editor);
    }

    /**
     * Validates the figures and paints the visible part of the diagram as its canvas does, into
     * an image: on GTK 3 the canvas itself is painted later, at the next frame.
     */
    private static void paint(GraphicalViewer viewer) {
        viewer.flush();
        FigureCanvas canvas = (FigureCanvas) viewer.getControl();
        org.eclipse.swt.graphics.Rectangle area = canvas.getClientArea();
        Image image = new Image(canvas.getDisplay(), Math.max(1, area.width), Math.max(1, area.height));
        GC gc = new GC(image);
        SWTGraphics graphics = new SWTGraphics(gc);
        try {
            canvas.getLightweightSystem().getRootFigure().paint(graphics);
        } finally {
            graphics.dispose();
            gc.dispose();
            image.dispose();
        }
    }

    private Review addSyntheticRecord(int year, long seed) {
        Random random = new Random(seed);
        RectifyFactory factory = RectifyFactory.eINSTANCE;
        Meeting meeting = factory.createMeeting();
        meeting.setYear(year);
        meeting.setTitle(year + "年度民主生活会（基准测试）");
        Review review = factory.createReview();
        meeting.setReview(review);
        List<Problem> problems = new ArrayList<>();
        for (int a = 1; a <= ASPECTS; a++) {
            Aspect aspect = factory.createAspect();
            aspect.setShortName("方面" + a);
            for (int p = 1; p <= PROBLEMS_PER_ASPECT; p++) {
                Problem problem = factory.createProblem();
                problem.setNumber(p);
                problem.setHeadline(headline(random));
                aspect.getProblems().add(problem);
                problems.add(problem);
            }
            review.getAspects().add(aspect);
        }
        List<Cause> causes = new ArrayList<>();
        for (int c = 1; c <= CAUSES; c++) {
            Cause cause = factory.createCause();
            cause.setNumber(c);
            cause.setHeadline(headline(random));
            review.getCauses().add(cause);
            causes.add(cause);
        }
        List<Measure> measures = new ArrayList<>();
        for (int d = 1; d <= DIRECTIONS; d++) {
            Direction direction = factory.createDirection();
            direction.setHeading("方向" + d);
            for (int m = 1; m <= MEASURES_PER_DIRECTION; m++) {
                Measure measure = factory.createMeasure();
                measure.setNumber(m);
                measure.setHeadline(headline(random));
                measure.setStatus(MeasureStatus.values()[random.nextInt(MeasureStatus.values().length)]);
                direction.getMeasures().add(measure);
                measures.add(measure);
            }
            review.getDirections().add(direction);
        }
        link(random, problems, causes, measures);
        sample.register.domain().getCommandStack().execute(
                AddCommand.create(sample.register.domain(), sample.register.register(), Literals.REGISTER__RECORDS,
                        meeting));
        return review;
    }

    /** 2,000 links, each between elements at about the same place of their lists, as real reviews are. */
    private static void link(Random random, List<Problem> problems, List<Cause> causes, List<Measure> measures) {
        int count = 0;
        while (count < 600) {
            Problem problem = problems.get(count % problems.size());
            Cause cause = near(random, causes, (double) count % problems.size() / problems.size());
            if (!problem.getCauses().contains(cause)) {
                problem.getCauses().add(cause);
                count++;
            }
        }
        while (count < 1300) {
            Measure measure = measures.get(count % measures.size());
            Problem problem = near(random, problems, (double) (count % measures.size()) / measures.size());
            if (!measure.getProblems().contains(problem)) {
                measure.getProblems().add(problem);
                count++;
            }
        }
        while (count < 2000) {
            Measure measure = measures.get(count % measures.size());
            Cause cause = near(random, causes, (double) (count % measures.size()) / measures.size());
            if (!measure.getCauses().contains(cause)) {
                measure.getCauses().add(cause);
                count++;
            }
        }
    }

    private static <T> T near(Random random, List<T> list, double where) {
        int index = (int) (where * list.size()) + random.nextInt(21) - 10;
        return list.get(Math.floorMod(index, list.size()));
    }

    private static String headline(Random random) {
        StringBuilder text = new StringBuilder();
        int length = 12 + random.nextInt(25);
        for (int i = 0; i < length; i++) {
            text.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
        }
        return text.append('。').toString();
    }

    private static int nodes(Review review) {
        return review.getAspects().stream().mapToInt(a -> a.getProblems().size()).sum() + review.getCauses().size()
                + review.getDirections().stream().mapToInt(d -> d.getMeasures().size()).sum();
    }

    private static int links(Review review) {
        int links = 0;
        for (Aspect aspect : review.getAspects()) {
            for (Problem problem : aspect.getProblems()) {
                links += problem.getCauses().size() + problem.getMeasures().size();
            }
        }
        for (Cause cause : review.getCauses()) {
            links += cause.getMeasures().size();
        }
        return links;
    }

    private static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return millis(sorted[sorted.length / 2]);
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    private static void print(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
