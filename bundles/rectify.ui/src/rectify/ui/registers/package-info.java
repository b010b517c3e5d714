/** The registers open in the workbench and their editing domains. */
package rectify.ui.registers;
