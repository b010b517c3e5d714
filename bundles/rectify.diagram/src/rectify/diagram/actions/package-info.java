/** The diagram's own actions: auto-layout, pinning, export, and GEF's actions in the user's language. */
package rectify.diagram.actions;
