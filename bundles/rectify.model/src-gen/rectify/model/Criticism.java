/**
 */
package rectify.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Criticism</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A criticism made at a meeting; a self-criticism when critic and target are the same person.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.Criticism#getCritic <em>Critic</em>}</li>
 *   <li>{@link rectify.model.Criticism#getTarget <em>Target</em>}</li>
 *   <li>{@link rectify.model.Criticism#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see rectify.model.RectifyPackage#getCriticism()
 * @model
 * @generated
 */
public interface Criticism extends EObject {
	/**
	 * Returns the value of the '<em><b>Critic</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who criticized.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Critic</em>' reference.
	 * @see #setCritic(Person)
	 * @see rectify.model.RectifyPackage#getCriticism_Critic()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Person getCritic();

	/**
	 * Sets the value of the '{@link rectify.model.Criticism#getCritic <em>Critic</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Critic</em>' reference.
	 * @see #getCritic()
	 * @generated
	 */
	void setCritic(Person value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who was criticized.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Person)
	 * @see rectify.model.RectifyPackage#getCriticism_Target()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Person getTarget();

	/**
	 * Sets the value of the '{@link rectify.model.Criticism#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Person value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What was said.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see rectify.model.RectifyPackage#getCriticism_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link rectify.model.Criticism#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // Criticism
