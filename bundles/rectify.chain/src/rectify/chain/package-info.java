/**
 * The chain of a review, problem → cause → measure, in one headless place that the diagram, the
 * record editor, the wizards, the importer and the archive share:
 * <ul>
 * <li>this package: the {@link rectify.chain.Lane lanes}, the {@link rectify.chain.LinkKind kinds of
 * links} with their direction, meaning and drawing, {@link rectify.chain.Link links} and the
 * {@link rectify.chain.LinkRules rules} that allow or refuse them, the {@link rectify.chain.Reviews
 * elements} of a review;</li>
 * <li>{@link rectify.chain.layout}: where nodes go, stored or by default, and the automatic layout;</li>
 * <li>{@link rectify.chain.commands}: the EMF commands that create, number, link, delete and place
 * elements, and add records;</li>
 * <li>{@link rectify.chain.view}: what a diagram shows of a review, through a filter, with the
 * closed-loop markers and the measures' urgency.</li>
 * </ul>
 */
package rectify.chain;
