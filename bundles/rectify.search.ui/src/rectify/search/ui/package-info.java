/**
 * Search in the workbench: the search dialog and its results, the problems found in earlier years
 * (findings, the details of a problem, the report) and the link assistant with its quick fixes.
 */
package rectify.search.ui;
