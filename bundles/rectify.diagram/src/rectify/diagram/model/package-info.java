/**
 * What the diagram shows of a review, without any drawing: the three lanes, the kinds of links
 * and the rules for drawing them, the states of measures, the filter, and the placement of each
 * element ({@link rectify.diagram.model.Diagram}).
 */
package rectify.diagram.model;
