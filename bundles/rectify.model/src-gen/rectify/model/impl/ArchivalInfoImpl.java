/**
 */
package rectify.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import rectify.model.ArchivalInfo;
import rectify.model.RectifyPackage;
import rectify.model.RetentionPeriod;

import rectify.model.derived.ArchivalReferences;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Archival Info</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.impl.ArchivalInfoImpl#getRetention <em>Retention</em>}</li>
 *   <li>{@link rectify.model.impl.ArchivalInfoImpl#getYear <em>Year</em>}</li>
 *   <li>{@link rectify.model.impl.ArchivalInfoImpl#getOrganizationCode <em>Organization Code</em>}</li>
 *   <li>{@link rectify.model.impl.ArchivalInfoImpl#getItemNumber <em>Item Number</em>}</li>
 *   <li>{@link rectify.model.impl.ArchivalInfoImpl#getReference <em>Reference</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ArchivalInfoImpl extends MinimalEObjectImpl.Container implements ArchivalInfo {
	/**
	 * The default value of the '{@link #getRetention() <em>Retention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetention()
	 * @generated
	 * @ordered
	 */
	protected static final RetentionPeriod RETENTION_EDEFAULT = RetentionPeriod.PERMANENT;

	/**
	 * The cached value of the '{@link #getRetention() <em>Retention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetention()
	 * @generated
	 * @ordered
	 */
	protected RetentionPeriod retention = RETENTION_EDEFAULT;

	/**
	 * This is true if the Retention attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean retentionESet;

	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final int YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected int year = YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrganizationCode() <em>Organization Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganizationCode()
	 * @generated
	 * @ordered
	 */
	protected static final String ORGANIZATION_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrganizationCode() <em>Organization Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganizationCode()
	 * @generated
	 * @ordered
	 */
	protected String organizationCode = ORGANIZATION_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getItemNumber() <em>Item Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int ITEM_NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getItemNumber() <em>Item Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemNumber()
	 * @generated
	 * @ordered
	 */
	protected int itemNumber = ITEM_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected static final String REFERENCE_EDEFAULT = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ArchivalInfoImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RectifyPackage.Literals.ARCHIVAL_INFO;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RetentionPeriod getRetention() {
		return retention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetention(RetentionPeriod newRetention) {
		RetentionPeriod oldRetention = retention;
		retention = newRetention == null ? RETENTION_EDEFAULT : newRetention;
		boolean oldRetentionESet = retentionESet;
		retentionESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.ARCHIVAL_INFO__RETENTION, oldRetention, retention, !oldRetentionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRetention() {
		RetentionPeriod oldRetention = retention;
		boolean oldRetentionESet = retentionESet;
		retention = RETENTION_EDEFAULT;
		retentionESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, RectifyPackage.ARCHIVAL_INFO__RETENTION, oldRetention, RETENTION_EDEFAULT, oldRetentionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRetention() {
		return retentionESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getYear() {
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(int newYear) {
		int oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.ARCHIVAL_INFO__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOrganizationCode() {
		return organizationCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganizationCode(String newOrganizationCode) {
		String oldOrganizationCode = organizationCode;
		organizationCode = newOrganizationCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.ARCHIVAL_INFO__ORGANIZATION_CODE, oldOrganizationCode, organizationCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getItemNumber() {
		return itemNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setItemNumber(int newItemNumber) {
		int oldItemNumber = itemNumber;
		itemNumber = newItemNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.ARCHIVAL_INFO__ITEM_NUMBER, oldItemNumber, itemNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReference() {
		return ArchivalReferences.of(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RectifyPackage.ARCHIVAL_INFO__RETENTION:
				return getRetention();
			case RectifyPackage.ARCHIVAL_INFO__YEAR:
				return getYear();
			case RectifyPackage.ARCHIVAL_INFO__ORGANIZATION_CODE:
				return getOrganizationCode();
			case RectifyPackage.ARCHIVAL_INFO__ITEM_NUMBER:
				return getItemNumber();
			case RectifyPackage.ARCHIVAL_INFO__REFERENCE:
				return getReference();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RectifyPackage.ARCHIVAL_INFO__RETENTION:
				setRetention((RetentionPeriod)newValue);
				return;
			case RectifyPackage.ARCHIVAL_INFO__YEAR:
				setYear((Integer)newValue);
				return;
			case RectifyPackage.ARCHIVAL_INFO__ORGANIZATION_CODE:
				setOrganizationCode((String)newValue);
				return;
			case RectifyPackage.ARCHIVAL_INFO__ITEM_NUMBER:
				setItemNumber((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RectifyPackage.ARCHIVAL_INFO__RETENTION:
				unsetRetention();
				return;
			case RectifyPackage.ARCHIVAL_INFO__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case RectifyPackage.ARCHIVAL_INFO__ORGANIZATION_CODE:
				setOrganizationCode(ORGANIZATION_CODE_EDEFAULT);
				return;
			case RectifyPackage.ARCHIVAL_INFO__ITEM_NUMBER:
				setItemNumber(ITEM_NUMBER_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RectifyPackage.ARCHIVAL_INFO__RETENTION:
				return isSetRetention();
			case RectifyPackage.ARCHIVAL_INFO__YEAR:
				return year != YEAR_EDEFAULT;
			case RectifyPackage.ARCHIVAL_INFO__ORGANIZATION_CODE:
				return ORGANIZATION_CODE_EDEFAULT == null ? organizationCode != null : !ORGANIZATION_CODE_EDEFAULT.equals(organizationCode);
			case RectifyPackage.ARCHIVAL_INFO__ITEM_NUMBER:
				return itemNumber != ITEM_NUMBER_EDEFAULT;
			case RectifyPackage.ARCHIVAL_INFO__REFERENCE:
				return REFERENCE_EDEFAULT == null ? getReference() != null : !REFERENCE_EDEFAULT.equals(getReference());
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (retention: ");
		if (retentionESet) result.append(retention); else result.append("<unset>");
		result.append(", year: ");
		result.append(year);
		result.append(", organizationCode: ");
		result.append(organizationCode);
		result.append(", itemNumber: ");
		result.append(itemNumber);
		result.append(')');
		return result.toString();
	}

} //ArchivalInfoImpl
