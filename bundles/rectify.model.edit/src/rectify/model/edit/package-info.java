/**
 * Hand-written customisations of the generated item providers of {@code rectify.model.provider}:
 * the adapter factory registered in {@code plugin.xml} and the labels it gives.
 */
package rectify.model.edit;
