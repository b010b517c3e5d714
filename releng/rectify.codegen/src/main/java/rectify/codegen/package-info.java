/**
 * Runs EMF's code generator on Rectify's genmodel outside Eclipse, so that the generated code of
 * {@code rectify.model} and {@code rectify.model.edit} can be regenerated from the command line and
 * checked in CI.
 */
package rectify.codegen;
