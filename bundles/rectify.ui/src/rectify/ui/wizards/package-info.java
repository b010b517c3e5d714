/** The wizards of new registers, meetings and inspections. */
package rectify.ui.wizards;
