/**
 */
package rectify.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Chain Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An element of the chain problem → cause → measure: numbered, with a headline sentence. Diagrams show these elements as nodes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.ChainElement#getNumber <em>Number</em>}</li>
 *   <li>{@link rectify.model.ChainElement#getHeadline <em>Headline</em>}</li>
 *   <li>{@link rectify.model.ChainElement#getFullNumber <em>Full Number</em>}</li>
 * </ul>
 *
 * @see rectify.model.RectifyPackage#getChainElement()
 * @model abstract="true"
 * @generated
 */
public interface ChainElement extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number as written (1, 2, 3 …; the causes' (一), (二) … count as 1, 2 …).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see rectify.model.RectifyPackage#getChainElement_Number()
	 * @model
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link rectify.model.ChainElement#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Headline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The headline sentence exactly as written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Headline</em>' attribute.
	 * @see #setHeadline(String)
	 * @see rectify.model.RectifyPackage#getChainElement_Headline()
	 * @model
	 * @generated
	 */
	String getHeadline();

	/**
	 * Sets the value of the '{@link rectify.model.ChainElement#getHeadline <em>Headline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Headline</em>' attribute.
	 * @see #getHeadline()
	 * @generated
	 */
	void setHeadline(String value);

	/**
	 * Returns the value of the '<em><b>Full Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number users know the element by, the same in every view and document: the position of a problem's aspect or a measure's direction, a dot and the element's number (2.1 for the first problem of the second aspect); a cause's number alone (3). The number alone for a problem or measure in no aspect or direction of a review.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Full Number</em>' attribute.
	 * @see rectify.model.RectifyPackage#getChainElement_FullNumber()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	String getFullNumber();

} // ChainElement
