/** Search in the workbench: results. */
package rectify.search.ui.results;
