/** The navigator of open registers and their records. */
package rectify.ui.navigator;
