/**
 * The graphical editor that relates the problems of a review to their causes and to the
 * measures that answer them (editor id {@value rectify.diagram.editor.DiagramEditor#ID}).
 * <p>
 * API: {@link rectify.diagram.WarningThresholds}, the days before a deadline from which the
 * diagram colours an open measure as due. Everything else is internal.
 */
package rectify.diagram;
