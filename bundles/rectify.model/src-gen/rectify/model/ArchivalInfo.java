/**
 */
package rectify.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Archival Info</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The archival metadata of a record filed as one item (件) under DA/T 22-2015.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.ArchivalInfo#getRetention <em>Retention</em>}</li>
 *   <li>{@link rectify.model.ArchivalInfo#getYear <em>Year</em>}</li>
 *   <li>{@link rectify.model.ArchivalInfo#getOrganizationCode <em>Organization Code</em>}</li>
 *   <li>{@link rectify.model.ArchivalInfo#getItemNumber <em>Item Number</em>}</li>
 *   <li>{@link rectify.model.ArchivalInfo#getReference <em>Reference</em>}</li>
 * </ul>
 *
 * @see rectify.model.RectifyPackage#getArchivalInfo()
 * @model
 * @generated
 */
public interface ArchivalInfo extends EObject {
	/**
	 * Returns the value of the '<em><b>Retention</b></em>' attribute.
	 * The literals are from the enumeration {@link rectify.model.RetentionPeriod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The retention period (保管期限); unset until decided.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retention</em>' attribute.
	 * @see rectify.model.RetentionPeriod
	 * @see #isSetRetention()
	 * @see #unsetRetention()
	 * @see #setRetention(RetentionPeriod)
	 * @see rectify.model.RectifyPackage#getArchivalInfo_Retention()
	 * @model unsettable="true"
	 * @generated
	 */
	RetentionPeriod getRetention();

	/**
	 * Sets the value of the '{@link rectify.model.ArchivalInfo#getRetention <em>Retention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retention</em>' attribute.
	 * @see rectify.model.RetentionPeriod
	 * @see #isSetRetention()
	 * @see #unsetRetention()
	 * @see #getRetention()
	 * @generated
	 */
	void setRetention(RetentionPeriod value);

	/**
	 * Unsets the value of the '{@link rectify.model.ArchivalInfo#getRetention <em>Retention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRetention()
	 * @see #getRetention()
	 * @see #setRetention(RetentionPeriod)
	 * @generated
	 */
	void unsetRetention();

	/**
	 * Returns whether the value of the '{@link rectify.model.ArchivalInfo#getRetention <em>Retention</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Retention</em>' attribute is set.
	 * @see #unsetRetention()
	 * @see #getRetention()
	 * @see #setRetention(RetentionPeriod)
	 * @generated
	 */
	boolean isSetRetention();

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The year (年度) of the item.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see rectify.model.RectifyPackage#getArchivalInfo_Year()
	 * @model
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link rectify.model.ArchivalInfo#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Organization Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organization or problem code (机构（问题）代码), e.g. BGS.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organization Code</em>' attribute.
	 * @see #setOrganizationCode(String)
	 * @see rectify.model.RectifyPackage#getArchivalInfo_OrganizationCode()
	 * @model
	 * @generated
	 */
	String getOrganizationCode();

	/**
	 * Sets the value of the '{@link rectify.model.ArchivalInfo#getOrganizationCode <em>Organization Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organization Code</em>' attribute.
	 * @see #getOrganizationCode()
	 * @generated
	 */
	void setOrganizationCode(String value);

	/**
	 * Returns the value of the '<em><b>Item Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The item number (件号) within year, retention and organization.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Item Number</em>' attribute.
	 * @see #setItemNumber(int)
	 * @see rectify.model.RectifyPackage#getArchivalInfo_ItemNumber()
	 * @model
	 * @generated
	 */
	int getItemNumber();

	/**
	 * Sets the value of the '{@link rectify.model.ArchivalInfo#getItemNumber <em>Item Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item Number</em>' attribute.
	 * @see #getItemNumber()
	 * @generated
	 */
	void setItemNumber(int value);

	/**
	 * Returns the value of the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The archival reference (档号) of DA/T 22-2015: fonds code, year, retention code, organization code and item number padded to four digits, joined by hyphens, e.g. X001-2021-Y-BGS-0001. A blank organization code is left out, as the standard allows for fonds not classified by organization; null while the fonds code of the register, the year, the retention or the item number is missing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference</em>' attribute.
	 * @see rectify.model.RectifyPackage#getArchivalInfo_Reference()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	String getReference();

} // ArchivalInfo
