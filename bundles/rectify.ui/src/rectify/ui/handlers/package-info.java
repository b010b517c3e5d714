/** The commands on registers and their elements: open, add, close; what a selection holds. */
package rectify.ui.handlers;
