package rectify.ledger.ui.dashboard;

import org.eclipse.swt.graphics.Color;

/**
 * One bar of a chart.
 *
 * @param label what the bar counts, under or beside it
 * @param value the count, 0 or more
 * @param color the color of the bar
 */
public record Bar(String label, int value, Color color) {
}
