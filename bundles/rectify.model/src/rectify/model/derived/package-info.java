/**
 * The hand-written bodies of the model's derived features and operations: counts, the archival
 * reference, numbering and overdue state. The generated classes call these helpers through body
 * annotations in {@code rectify.ecore}; other code uses the model's API instead.
 */
package rectify.model.derived;
