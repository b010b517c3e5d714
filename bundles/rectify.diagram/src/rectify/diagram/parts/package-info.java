/**
 * The edit parts of the diagram. Each listens to its model through EMF adapters while it is
 * active and refreshes itself; edits go through the policies in {@code rectify.diagram.policies}.
 */
package rectify.diagram.parts;
