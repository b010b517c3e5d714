/**
 */
package rectify.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Register</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One register file: the records of one organization over many years, with the units, people, notices and review templates they refer to.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.Register#getOrganizationName <em>Organization Name</em>}</li>
 *   <li>{@link rectify.model.Register#getFondsCode <em>Fonds Code</em>}</li>
 *   <li>{@link rectify.model.Register#getUnits <em>Units</em>}</li>
 *   <li>{@link rectify.model.Register#getPeople <em>People</em>}</li>
 *   <li>{@link rectify.model.Register#getNotices <em>Notices</em>}</li>
 *   <li>{@link rectify.model.Register#getTemplates <em>Templates</em>}</li>
 *   <li>{@link rectify.model.Register#getRecords <em>Records</em>}</li>
 * </ul>
 *
 * @see rectify.model.RectifyPackage#getRegister()
 * @model
 * @generated
 */
public interface Register extends EObject {
	/**
	 * Returns the value of the '<em><b>Organization Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the organization whose records the register keeps.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organization Name</em>' attribute.
	 * @see #setOrganizationName(String)
	 * @see rectify.model.RectifyPackage#getRegister_OrganizationName()
	 * @model
	 * @generated
	 */
	String getOrganizationName();

	/**
	 * Sets the value of the '{@link rectify.model.Register#getOrganizationName <em>Organization Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organization Name</em>' attribute.
	 * @see #getOrganizationName()
	 * @generated
	 */
	void setOrganizationName(String value);

	/**
	 * Returns the value of the '<em><b>Fonds Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The fonds code (全宗号) the archive assigned to the organization; the first part of every archival reference.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fonds Code</em>' attribute.
	 * @see #setFondsCode(String)
	 * @see rectify.model.RectifyPackage#getRegister_FondsCode()
	 * @model
	 * @generated
	 */
	String getFondsCode();

	/**
	 * Sets the value of the '{@link rectify.model.Register#getFondsCode <em>Fonds Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fonds Code</em>' attribute.
	 * @see #getFondsCode()
	 * @generated
	 */
	void setFondsCode(String value);

	/**
	 * Returns the value of the '<em><b>Units</b></em>' containment reference list.
	 * The list contents are of type {@link rectify.model.OrgUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organizational units: own departments, subordinate units, member units and superior bodies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Units</em>' containment reference list.
	 * @see rectify.model.RectifyPackage#getRegister_Units()
	 * @model containment="true"
	 * @generated
	 */
	EList<OrgUnit> getUnits();

	/**
	 * Returns the value of the '<em><b>People</b></em>' containment reference list.
	 * The list contents are of type {@link rectify.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The people who lead, attend, talk, answer for measures or verify them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>People</em>' containment reference list.
	 * @see rectify.model.RectifyPackage#getRegister_People()
	 * @model containment="true"
	 * @generated
	 */
	EList<Person> getPeople();

	/**
	 * Returns the value of the '<em><b>Notices</b></em>' containment reference list.
	 * The list contents are of type {@link rectify.model.Notice}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The notices and plans records refer to, kept once for the whole register.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notices</em>' containment reference list.
	 * @see rectify.model.RectifyPackage#getRegister_Notices()
	 * @model containment="true"
	 * @generated
	 */
	EList<Notice> getNotices();

	/**
	 * Returns the value of the '<em><b>Templates</b></em>' containment reference list.
	 * The list contents are of type {@link rectify.model.ReviewTemplate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The review templates derived from notices.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Templates</em>' containment reference list.
	 * @see rectify.model.RectifyPackage#getRegister_Templates()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReviewTemplate> getTemplates();

	/**
	 * Returns the value of the '<em><b>Records</b></em>' containment reference list.
	 * The list contents are of type {@link rectify.model.Record}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The meetings and inspections, in no particular order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Records</em>' containment reference list.
	 * @see rectify.model.RectifyPackage#getRegister_Records()
	 * @model containment="true"
	 * @generated
	 */
	EList<rectify.model.Record> getRecords();

} // Register
