/**
 * How urgent measures are: the one rule ({@link rectify.model.urgency.Urgency}) and its thresholds
 * ({@link rectify.model.urgency.WarningThresholds}), beside the model's deadline rule
 * ({@code Measure.isOverdue}). The colours and names of the states are in {@code rectify.model.edit}
 * ({@code UrgencyLegend}); the thresholds users set are read by {@code rectify.ui}'s
 * {@code RectifyPreferences}.
 */
package rectify.model.urgency;
