/** Automatic layout of a diagram with ELK layered, keeping the three lanes. */
package rectify.diagram.layout;
