/**
 * What a diagram shows of a review, without any drawing: the elements a
 * {@link rectify.chain.view.DiagramFilter filter} lets through, their links and placement, the
 * closed-loop markers, the measures' urgency and the nodes' texts
 * ({@link rectify.chain.view.Diagram}).
 */
package rectify.chain.view;
