/**
 * The figures of the diagram: nodes with numbered, wrapped headlines, links drawn by kind, the
 * lanes and the legend. They draw through draw2d's {@code Graphics} only, so the same painting
 * goes to the screen, the printer, PNG and SVG.
 */
package rectify.diagram.figures;
