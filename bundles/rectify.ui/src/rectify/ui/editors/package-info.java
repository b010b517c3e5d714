/** Editor inputs of register elements, shared by the editors of Rectify. */
package rectify.ui.editors;
