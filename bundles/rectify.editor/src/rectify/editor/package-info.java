/** The record editor: forms over one record of a register, on the file's command stack. */
package rectify.editor;
