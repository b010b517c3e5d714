/** Search in the workbench: links. */
package rectify.search.ui.links;
