/** Workbench contributions of Rectify that work both in the product and in an Eclipse IDE. */
package rectify.ui;
