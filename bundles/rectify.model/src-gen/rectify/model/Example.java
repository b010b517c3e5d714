/**
 */
package rectify.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Example</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A concrete example of a problem, introduced by a lead word.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.Example#getLead <em>Lead</em>}</li>
 *   <li>{@link rectify.model.Example#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see rectify.model.RectifyPackage#getExample()
 * @model
 * @generated
 */
public interface Example extends EObject {
	/**
	 * Returns the value of the '<em><b>Lead</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The lead words exactly as written with the punctuation that follows them, e.g. 比如： or 还比如： or 另外，; lead followed by text gives the example as written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lead</em>' attribute.
	 * @see #setLead(String)
	 * @see rectify.model.RectifyPackage#getExample_Lead()
	 * @model
	 * @generated
	 */
	String getLead();

	/**
	 * Sets the value of the '{@link rectify.model.Example#getLead <em>Lead</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lead</em>' attribute.
	 * @see #getLead()
	 * @generated
	 */
	void setLead(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The example after its lead words, as written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see rectify.model.RectifyPackage#getExample_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link rectify.model.Example#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // Example
