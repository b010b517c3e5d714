/** The edit policies of the diagram: each turns GEF requests into EMF commands, or refuses them. */
package rectify.diagram.policies;
