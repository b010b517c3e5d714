/**
 * The graphical editor that relates the problems of a review to their causes and to the
 * measures that answer them (editor id {@value rectify.diagram.editor.DiagramEditor#ID}).
 * It holds the GEF and SWT side only: what the diagram shows, its commands and its layout are the
 * headless {@code rectify.chain}'s. Everything here is internal.
 */
package rectify.diagram;
