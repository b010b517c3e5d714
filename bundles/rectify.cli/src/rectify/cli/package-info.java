/** Headless command-line applications of the product: info and validate on register files. */
package rectify.cli;
