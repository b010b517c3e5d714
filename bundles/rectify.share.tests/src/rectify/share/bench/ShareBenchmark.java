package rectify.share.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.Daemon;

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
import rectify.model.Record;
import rectify.model.Register;
import rectify.model.Review;
import rectify.share.Handover;
import rectify.share.History;
import rectify.share.Integration;
import rectify.share.Sharing;
import rectify.share.Sync;

/**
 * The shared-register benchmark ({@code releng/bench/share}): a register of 10,000 records of ten
 * elements each (about 100,000 elements) shared into a Git working tree, then timed: save and
 * commit of one edited record, the history of one record, a synchronisation that brings in 100
 * records changed elsewhere (fetch, model merge, push, over JGit's daemon on the loopback), and
 * hand-over files (the whole register, and 100 changed records) created and applied. Prints each
 * figure beside its goal and the anchors' figures; exits 1 when a goal is missed.
 */
public final class ShareBenchmark {

    private static final RectifyFactory F = RectifyFactory.eINSTANCE;
    private static final int RECORDS = 10_000;
    private static final int CHANGED = 100;
    private static boolean missed;

    private ShareBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of(args[0]));
        Path single = work.resolve("register.rectify");
        long start = System.nanoTime();
        Register register = generate();
        RegisterFiles.save(register, single);
        System.out.printf(Locale.ROOT, "generated %,d records, %,d elements: %.1f s%n", RECORDS, count(register),
                seconds(start));

        Path office = work.resolve("office");
        start = System.nanoTime();
        Sharing.share(single, office);
        System.out.printf(Locale.ROOT, "share into a Git working tree (10,001 files, first commit): %.1f s%n",
                seconds(start));
        start = System.nanoTime();
        Resource resource = RegisterFiles.load(RegisterFiles.newResourceSet(), office);
        System.out.printf(Locale.ROOT, "load the shared register whole: %.1f s%n", seconds(start));

        List<Long> saves = new ArrayList<>();
        Register loaded = (Register) resource.getContents().get(0);
        for (int i = 0; i < 7; i++) {
            measure(loaded.getRecords().get(i * 37), 0).setStatus(MeasureStatus.values()[1 + i % 2]);
            long t = System.nanoTime();
            RegisterFiles.save(resource);
            saves.add(System.nanoTime() - t);
        }
        report("save + commit of one edited record", median(saves.subList(2, 7)), 200,
                "coArchi 1: 15-20 s per Git operation at ~1.8k objects");

        String recordId = resource.getURIFragment(loaded.getRecords().get(0));
        for (int i = 0; i < 20; i++) {
            measure(loaded.getRecords().get(i % 2 == 0 ? 0 : 1 + i), 1).setHeadline("第 " + i + " 次修改");
            RegisterFiles.save(resource);
        }
        List<Long> histories = new ArrayList<>();
        int entries = 0;
        for (int i = 0; i < 7; i++) {
            long t = System.nanoTime();
            entries = History.of(office, recordId).size();
            histories.add(System.nanoTime() - t);
        }
        report("history of one record (" + entries + " changes in 28 commits)", median(histories.subList(2, 7)), 200,
                "coArchi 1: 475 s per refresh at 100k objects");

        Path server = work.resolve("server.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(server.toFile()).call().close();
        try (Repository bare = new FileRepositoryBuilder().setGitDir(server.toFile()).build()) {
            Daemon daemon = new Daemon(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            daemon.getService("git-receive-pack").setEnabled(true);
            daemon.setRepositoryResolver((request, name) -> {
                bare.incrementOpen();
                return bare;
            });
            daemon.start();
            try {
                String url = "git://127.0.0.1:" + daemon.getAddress().getPort() + "/register.git";
                start = System.nanoTime();
                Sync.run(office, url, null, NullProgressMonitor.INSTANCE, null);
                System.out.printf(Locale.ROOT, "first push of the whole register: %.1f s%n", seconds(start));
                Path unit = work.resolve("unit");
                start = System.nanoTime();
                Sharing.join(url, unit, null, NullProgressMonitor.INSTANCE);
                System.out.printf(Locale.ROOT, "clone of the whole register: %.1f s%n", seconds(start));
                changeRecords(unit, 100, CHANGED, "处室");
                Sync.run(unit, null, null, NullProgressMonitor.INSTANCE, null);
                changeRecords(office, 5_000, 1, "党委办");
                long t = System.nanoTime();
                Integration.Result synced = Sync.run(office, null, null, NullProgressMonitor.INSTANCE, null);
                report("sync of " + synced.changedRecords() + " changed records (fetch + merge + push)",
                        System.nanoTime() - t,
                        2_000, "coArchi 2: last push wins silently, local changes lost on merge");

                Path full = work.resolve("whole.bundle");
                t = System.nanoTime();
                Handover.create(office, full, true, null);
                report(String.format(Locale.ROOT, "bundle create, whole register (%.1f MB)", Files.size(full) / 1e6),
                        System.nanoTime() - t, 5_000, "-");
                Path team = work.resolve("team");
                t = System.nanoTime();
                Sharing.join(full.toString(), team, null, NullProgressMonitor.INSTANCE);
                report("bundle apply, whole register (a new machine)", System.nanoTime() - t, 5_000, "-");
                changeRecords(team, 300, CHANGED, "巡察组");
                Path changes = work.resolve("changes.bundle");
                t = System.nanoTime();
                Handover.create(team, changes, false, null);
                report(String.format(Locale.ROOT, "bundle create, %d changed records (%.0f kB)", CHANGED,
                        Files.size(changes) / 1e3),
                        System.nanoTime() - t, 5_000, "-");
                t = System.nanoTime();
                Integration.Result applied = Handover.apply(office, changes, null, null);
                report("bundle apply, " + applied.changedRecords() + " changed records (merge)", System.nanoTime() - t,
                        5_000, "-");
            } finally {
                daemon.stop();
            }
        }
        System.out.println("differences for a one-field edit: 1 line (Capella + Git: 382 differences for a tiny edit)");
        System.exit(missed ? 1 : 0);
    }

    private static void changeRecords(Path folder, int from, int count, String who) throws IOException {
        RegisterFiles.update(folder, Duration.ofSeconds(30), (register, created) -> {
            for (int i = from; i < from + count; i++) {
                measure(register.getRecords().get(i), 2).setText(who + "修改的措施内容 " + i);
            }
            return null;
        });
    }

    private static Measure measure(Record record, int index) {
        return record.getReview().getDirections().get(0).getMeasures().get(index);
    }

    private static Register generate() {
        Register register = F.createRegister();
        register.setOrganizationName("中共某某省某某厅委员会");
        List<OrgUnit> units = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            OrgUnit unit = F.createOrgUnit();
            unit.setName("处室" + i);
            register.getUnits().add(unit);
            units.add(unit);
        }
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Person person = F.createPerson();
            person.setName("干部" + i);
            person.setUnit(units.get(i));
            register.getPeople().add(person);
            people.add(person);
        }
        for (int r = 0; r < RECORDS; r++) {
            Meeting meeting = F.createMeeting();
            meeting.setTitle((2010 + r % 15) + "年度第" + r + "次民主生活会");
            meeting.setYear(2010 + r % 15);
            Review review = F.createReview();
            meeting.setReview(review);
            Aspect aspect = F.createAspect();
            aspect.setTitle("理论学习方面");
            review.getAspects().add(aspect);
            Cause cause = F.createCause();
            cause.setHeadline("理论武装不够");
            review.getCauses().add(cause);
            Direction direction = F.createDirection();
            direction.setHeading("加强理论武装");
            review.getDirections().add(direction);
            for (int p = 0; p < 3; p++) {
                Problem problem = F.createProblem();
                problem.setNumber(p + 1);
                problem.setHeadline("问题" + r + "." + p);
                aspect.getProblems().add(problem);
                Measure measure = F.createMeasure();
                measure.setNumber(p + 1);
                measure.setHeadline("措施" + r + "." + p);
                measure.setResponsibleUnit(units.get((r + p) % units.size()));
                measure.setResponsibleLeader(people.get((r + p) % people.size()));
                direction.getMeasures().add(measure);
                problem.getCauses().add(cause);
                problem.getMeasures().add(measure);
            }
            register.getRecords().add(meeting);
        }
        return register;
    }

    private static int count(Register register) {
        int[] count = { 0 };
        register.eAllContents().forEachRemaining(e -> count[0]++);
        return count[0];
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void report(String what, long nanos, long goalMillis, String anchor) {
        long millis = nanos / 1_000_000;
        boolean met = millis <= goalMillis;
        missed |= !met;
        System.out.printf(Locale.ROOT, "%-62s %7d ms   goal <= %,d ms %s   anchor: %s%n", what, millis, goalMillis,
                met ? "met" : "MISSED", anchor);
    }
}
