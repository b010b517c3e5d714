/** The preference pages of Rectify and the defaults they restore. */
package rectify.ui.preferences.pages;
