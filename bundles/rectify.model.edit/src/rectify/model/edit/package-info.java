/**
 * What users see of the model, beside the generated item providers of {@code rectify.model.provider}:
 * the names of enumeration literals, kinds and numbered elements ({@link rectify.model.edit.Labels}),
 * the palette and legend of measures' urgency ({@link rectify.model.edit.UrgencyLegend}), and the
 * adapter factory registered in {@code plugin.xml}, whose labels number elements as the document does.
 */
package rectify.model.edit;
