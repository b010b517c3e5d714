/** The closed-loop check of the open registers, live. */
package rectify.ui.validation;
