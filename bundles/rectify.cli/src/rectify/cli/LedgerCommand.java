package rectify.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import rectify.cli.Arguments.UsageException;
import rectify.core.io.RegisterFileException;
import rectify.core.io.RegisterFiles;
import rectify.ledger.Ledger;
import rectify.ledger.LedgerFilter;
import rectify.ledger.LedgerLabels;
import rectify.ledger.LedgerRow;
import rectify.ledger.Reminders;
import rectify.model.MeasureStatus;
import rectify.model.Register;
import rectify.model.urgency.WarningThresholds;

/**
 * {@code rectify ledger <register> [--due-within DAYS] [--status STATUS,…]}: the overdue measures
 * of a register, then those due within DAYS (20 by default, today included), for scripts. One line
 * per measure, tab-separated: {@code overdue} or {@code due}, the deadline, the days left (negative
 * when overdue), the measure's id, its ledger number, its status ({@code planned} or
 * {@code inProgress}), the responsible leader and unit, the record's title and the measure's
 * headline. {@code --status} keeps only measures of the given statuses (repeated or comma-separated).
 * A summary for people goes to standard error. Exit codes: 1 when a measure is overdue, 0 when none
 * is, 2 when the register cannot be read, 64 for a wrong command line.
 */
final class LedgerCommand extends RequestCommand<LedgerCommand.Request> {

    private static final String DUE_WITHIN = "--due-within";
    private static final String STATUS = "--status";

    private final Supplier<Clock> clock;

    /**
     * A command judging deadlines on the system's today; the system's time zone is looked up when
     * the command runs, not when the command line is set up (it takes a while).
     */
    LedgerCommand() {
        this.clock = Clock::systemDefaultZone;
    }

    /** A command judging deadlines on the clock's today (the tests' seam). */
    LedgerCommand(Clock clock) {
        this.clock = () -> clock;
    }

    /** The command line, checked. */
    record Request(Path register, int dueWithin, Set<MeasureStatus> statuses) {
    }

    @Override
    public String name() {
        return "ledger";
    }

    @Override
    public String synopsis() {
        return "ledger <register> [--due-within DAYS] [--status planned,inProgress,done,closed]";
    }

    @Override
    public List<List<String>> training(Training.Sample sample) {
        return List.of(List.of(sample.register().toString()));
    }

    @Override
    int run(Request request, PrintStream out, PrintStream err) {
        Register register;
        try {
            register = RegisterFiles.load(request.register());
        } catch (RegisterFileException e) {
            err.println(e.getMessage());
            return UNREADABLE;
        }
        LocalDate today = LocalDate.now(clock.get());
        List<LedgerRow> rows = Ledger.rows(register, today, WarningThresholds.DEFAULT).stream()
                .filter(LedgerFilter.ALL.withStatuses(request.statuses())).toList();
        Reminders reminders = Reminders.of(rows, request.dueWithin());
        reminders.overdue().forEach(row -> out.println(line("overdue", row)));
        reminders.dueSoon().forEach(row -> out.println(line("due", row)));
        err.println(NLS.bind(LedgerMessages.summary, new Object[] { reminders.overdue().size(),
                reminders.dueSoon().size(), request.dueWithin(), today }));
        return reminders.overdue().isEmpty() ? OK : FOUND_ERRORS;
    }

    private static String line(String state, LedgerRow row) {
        return String.join("\t", state, row.deadline().toString(), Integer.toString(row.daysLeft()),
                EcoreUtil.getURI(row.measure()).fragment(), row.number(), row.status().getLiteral(),
                Columns.text(LedgerLabels.person(row.leader())), Columns.text(LedgerLabels.unit(row.unit())),
                Columns.text(row.record().getTitle()), Columns.text(row.headline()));
    }

    @Override
    Request parse(List<String> args) throws UsageException {
        Arguments arguments = Arguments.of(args, Set.of(DUE_WITHIN, STATUS), Set.of());
        Path register = Arguments.path(arguments.operand(LedgerMessages.missingRegister));
        String days = arguments.value(DUE_WITHIN);
        String statuses = arguments.value(STATUS);
        return new Request(register, days == null ? WarningThresholds.DEFAULT.soonDays() : days(days),
                statuses == null ? EnumSet.noneOf(MeasureStatus.class) : statuses(statuses));
    }

    private static int days(String text) throws UsageException {
        try {
            int days = Integer.parseInt(text.strip());
            if (days >= 0) {
                return days;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException(NLS.bind(LedgerMessages.badDays, text));
    }

    private static Set<MeasureStatus> statuses(String text) throws UsageException {
        Set<MeasureStatus> statuses = EnumSet.noneOf(MeasureStatus.class);
        for (String name : text.split(",")) {
            MeasureStatus status = MeasureStatus.get(name.strip());
            if (status == null) {
                throw new UsageException(NLS.bind(LedgerMessages.badStatus, name.strip(),
                        MeasureStatus.VALUES.stream().map(MeasureStatus::getLiteral)
                                .collect(Collectors.joining(", "))));
            }
            statuses.add(status);
        }
        return statuses;
    }
}
