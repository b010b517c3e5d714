/**
 */
package rectify.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Org Unit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An organizational unit: a department of the organization, a subordinate or member unit, or a superior or external body.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.OrgUnit#getName <em>Name</em>}</li>
 *   <li>{@link rectify.model.OrgUnit#getCode <em>Code</em>}</li>
 *   <li>{@link rectify.model.OrgUnit#getKind <em>Kind</em>}</li>
 *   <li>{@link rectify.model.OrgUnit#getParent <em>Parent</em>}</li>
 * </ul>
 *
 * @see rectify.model.RectifyPackage#getOrgUnit()
 * @model
 * @generated
 */
public interface OrgUnit extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the unit as written in documents.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see rectify.model.RectifyPackage#getOrgUnit_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link rectify.model.OrgUnit#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The short code of the unit; for departments it is the organization code (机构代码) of archival references, e.g. BGS.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see rectify.model.RectifyPackage#getOrgUnit_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link rectify.model.OrgUnit#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link rectify.model.OrgUnitKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the unit relates to the organization.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see rectify.model.OrgUnitKind
	 * @see #setKind(OrgUnitKind)
	 * @see rectify.model.RectifyPackage#getOrgUnit_Kind()
	 * @model
	 * @generated
	 */
	OrgUnitKind getKind();

	/**
	 * Sets the value of the '{@link rectify.model.OrgUnit#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see rectify.model.OrgUnitKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(OrgUnitKind value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unit this unit belongs to, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parent</em>' reference.
	 * @see #setParent(OrgUnit)
	 * @see rectify.model.RectifyPackage#getOrgUnit_Parent()
	 * @model resolveProxies="false"
	 * @generated
	 */
	OrgUnit getParent();

	/**
	 * Sets the value of the '{@link rectify.model.OrgUnit#getParent <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(OrgUnit value);

} // OrgUnit
