/**
 * Export of a diagram to PNG and SVG. The SVG is written from the figures themselves: they paint
 * onto {@link rectify.diagram.export.SvgGraphics}, a draw2d {@code Graphics} that writes SVG
 * elements instead of pixels.
 */
package rectify.diagram.export;
