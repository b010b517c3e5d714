/** Search in the workbench: recurrence. */
package rectify.search.ui.recurrence;
