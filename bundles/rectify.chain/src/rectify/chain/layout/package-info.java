/**
 * Where the nodes of a review's diagram go, for every drawing of it (the editor, its exports, the
 * archive): the {@link rectify.chain.layout.Placement} of the review's stored layout with the one
 * default for elements it does not place, and the {@link rectify.chain.layout.AutoLayout} with ELK
 * layered that keeps the three lanes.
 */
package rectify.chain.layout;
