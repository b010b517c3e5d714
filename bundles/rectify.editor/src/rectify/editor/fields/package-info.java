/** Form fields bound to model properties through commands. */
package rectify.editor.fields;
