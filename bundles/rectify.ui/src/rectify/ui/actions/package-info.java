/** Actions that work on the command stack of an open register, for any part that shows one. */
package rectify.ui.actions;
