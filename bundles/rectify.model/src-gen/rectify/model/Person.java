/**
 */
package rectify.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A person of the organization or of another unit.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.Person#getName <em>Name</em>}</li>
 *   <li>{@link rectify.model.Person#getPosition <em>Position</em>}</li>
 *   <li>{@link rectify.model.Person#getUnit <em>Unit</em>}</li>
 *   <li>{@link rectify.model.Person#isLeadershipMember <em>Leadership Member</em>}</li>
 * </ul>
 *
 * @see rectify.model.RectifyPackage#getPerson()
 * @model
 * @generated
 */
public interface Person extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the person.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see rectify.model.RectifyPackage#getPerson_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link rectify.model.Person#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The position (职务) as written, e.g. 党委书记、厅长.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Position</em>' attribute.
	 * @see #setPosition(String)
	 * @see rectify.model.RectifyPackage#getPerson_Position()
	 * @model
	 * @generated
	 */
	String getPosition();

	/**
	 * Sets the value of the '{@link rectify.model.Person#getPosition <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Position</em>' attribute.
	 * @see #getPosition()
	 * @generated
	 */
	void setPosition(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unit the person works in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' reference.
	 * @see #setUnit(OrgUnit)
	 * @see rectify.model.RectifyPackage#getPerson_Unit()
	 * @model resolveProxies="false"
	 * @generated
	 */
	OrgUnit getUnit();

	/**
	 * Sets the value of the '{@link rectify.model.Person#getUnit <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' reference.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(OrgUnit value);

	/**
	 * Returns the value of the '<em><b>Leadership Member</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the person is a member of the leadership team (领导班子成员).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Leadership Member</em>' attribute.
	 * @see #setLeadershipMember(boolean)
	 * @see rectify.model.RectifyPackage#getPerson_LeadershipMember()
	 * @model
	 * @generated
	 */
	boolean isLeadershipMember();

	/**
	 * Sets the value of the '{@link rectify.model.Person#isLeadershipMember <em>Leadership Member</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Leadership Member</em>' attribute.
	 * @see #isLeadershipMember()
	 * @generated
	 */
	void setLeadershipMember(boolean value);

} // Person
