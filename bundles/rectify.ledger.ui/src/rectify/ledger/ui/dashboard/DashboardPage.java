package rectify.ledger.ui.dashboard;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import rectify.ledger.LedgerRow;
import rectify.ledger.stats.LedgerStatistics;
import rectify.ledger.ui.Colors;
import rectify.ledger.ui.Messages;
import rectify.model.MeasureStatus;
import rectify.model.edit.UrgencyLegend;
import rectify.model.urgency.Urgency;
import rectify.model.urgency.WarningThresholds;

/**
 * The dashboard of the measures shown: their number, the overdue share and the average time to
 * close in one line, then bar charts of the measures by urgency (in the colours and names of the
 * legend the diagram and the archive share) and by responsible unit, and of the measures closed per
 * month.
 */
public final class DashboardPage extends Composite {

    /** Units beyond these are counted together as "others". */
    static final int MOST_UNITS = 10;

    private final Label figures;
    private final BarChart byUrgency;
    private final BarChart byUnit;
    private final BarChart perMonth;
    private LedgerStatistics statistics = LedgerStatistics.of(List.of());

    /** @param parent the parent */
    public DashboardPage(Composite parent) {
        super(parent, SWT.NONE);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(8, 8).spacing(12, 8).applyTo(this);
        figures = new Label(this, SWT.WRAP);
        figures.setBackground(getBackground());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(figures);
        byUrgency = chart(true, 1);
        byUnit = chart(true, 1);
        perMonth = chart(false, 2);
    }

    /** Shows the figures of these rows, naming the states by the thresholds the rows were judged by. */
    public void setRows(List<LedgerRow> rows) {
        statistics = LedgerStatistics.of(rows);
        WarningThresholds thresholds = rows.isEmpty() ? WarningThresholds.DEFAULT : rows.get(0).thresholds();
        String average = statistics.averageDaysToClose().isPresent()
                ? NLS.bind(Messages.averageDays, String.format("%.0f", statistics.averageDaysToClose().getAsDouble())) //$NON-NLS-1$
                : Messages.noAverage;
        figures.setText(NLS.bind(Messages.figures, new Object[] { statistics.total(), statistics.overdue(),
                String.format("%.1f", statistics.overdueShare() * 100), average, //$NON-NLS-1$
                statistics.byStatus().get(MeasureStatus.CLOSED) }));
        byUrgency.setBars(Messages.chartByUrgency, urgencyBars(statistics, thresholds));
        byUnit.setBars(Messages.chartByUnit, unitBars(statistics));
        perMonth.setBars(Messages.chartClosedPerMonth, monthBars(statistics));
        layout(true, true);
    }

    /** @return the statistics shown */
    public LedgerStatistics statistics() {
        return statistics;
    }

    /** @return the charts: by urgency, by unit, closed per month */
    public List<BarChart> charts() {
        return List.of(byUrgency, byUnit, perMonth);
    }

    private BarChart chart(boolean lying, int span) {
        BarChart chart = new BarChart(this, lying);
        GridDataFactory.fillDefaults().span(span, 1).grab(true, !lying).applyTo(chart);
        return chart;
    }

    private static List<Bar> urgencyBars(LedgerStatistics statistics, WarningThresholds thresholds) {
        List<Bar> bars = new ArrayList<>();
        statistics.byUrgency().forEach((urgency, count) -> bars.add(
                new Bar(UrgencyLegend.label(urgency, thresholds), count, Colors.of(urgency))));
        return bars;
    }

    private static List<Bar> unitBars(LedgerStatistics statistics) {
        List<Bar> bars = new ArrayList<>();
        int others = 0;
        for (Map.Entry<String, Integer> unit : statistics.byUnit().entrySet()) {
            if (bars.size() < MOST_UNITS) {
                String name = unit.getKey().isEmpty() ? Messages.noUnit : unit.getKey();
                bars.add(new Bar(name, unit.getValue(), Colors.bars()));
            } else {
                others += unit.getValue();
            }
        }
        if (others > 0) {
            bars.add(new Bar(Messages.otherUnits, others, Colors.bars()));
        }
        return bars;
    }

    private static List<Bar> monthBars(LedgerStatistics statistics) {
        List<Bar> bars = new ArrayList<>();
        for (Map.Entry<YearMonth, Integer> month : statistics.closedPerMonth().entrySet()) {
            bars.add(new Bar(month.getKey().toString(), month.getValue(), Colors.of(Urgency.CLOSED)));
        }
        return bars;
    }
}
