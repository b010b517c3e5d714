/** The pages of the record editor. */
package rectify.editor.pages;
