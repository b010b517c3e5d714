/** The overview editor of a register, also the editor of {@code .rectify} files in an Eclipse IDE. */
package rectify.ui.overview;
