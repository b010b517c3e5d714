/** The Rectify desktop product: application, main window, menus and About dialog. */
package rectify.app;
