/**
 * The diagram editor and what it is made of: its input, palette, bar with zoom and filter,
 * context menu, outline, properties and the command that opens it.
 */
package rectify.diagram.editor;
