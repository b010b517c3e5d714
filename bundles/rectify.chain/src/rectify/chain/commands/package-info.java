/**
 * The EMF commands that change a review's chain the way users do, one undo each, whichever view
 * they come from: {@link rectify.chain.commands.NewElements new elements} numbered and labelled,
 * {@link rectify.chain.commands.ChainCommands links, headlines and deletions},
 * {@link rectify.chain.commands.Renumbering numbers after moves},
 * {@link rectify.chain.commands.LayoutCommands places, pins and automatic layout}, and
 * {@link rectify.chain.commands.NewRecords new records}.
 */
package rectify.chain.commands;
