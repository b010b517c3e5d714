/** Search in the workbench: dialog. */
package rectify.search.ui.dialog;
