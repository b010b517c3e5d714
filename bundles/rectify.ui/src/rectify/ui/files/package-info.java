/** Opening register files: File › Open Register… and the recent files. */
package rectify.ui.files;
