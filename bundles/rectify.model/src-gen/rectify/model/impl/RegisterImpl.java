/**
 */
package rectify.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import rectify.model.Notice;
import rectify.model.OrgUnit;
import rectify.model.Person;
import rectify.model.RectifyPackage;
import rectify.model.Register;
import rectify.model.ReviewTemplate;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Register</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.impl.RegisterImpl#getOrganizationName <em>Organization Name</em>}</li>
 *   <li>{@link rectify.model.impl.RegisterImpl#getFondsCode <em>Fonds Code</em>}</li>
 *   <li>{@link rectify.model.impl.RegisterImpl#getUnits <em>Units</em>}</li>
 *   <li>{@link rectify.model.impl.RegisterImpl#getPeople <em>People</em>}</li>
 *   <li>{@link rectify.model.impl.RegisterImpl#getNotices <em>Notices</em>}</li>
 *   <li>{@link rectify.model.impl.RegisterImpl#getTemplates <em>Templates</em>}</li>
 *   <li>{@link rectify.model.impl.RegisterImpl#getRecords <em>Records</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RegisterImpl extends MinimalEObjectImpl.Container implements Register {
	/**
	 * The default value of the '{@link #getOrganizationName() <em>Organization Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganizationName()
	 * @generated
	 * @ordered
	 */
	protected static final String ORGANIZATION_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrganizationName() <em>Organization Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganizationName()
	 * @generated
	 * @ordered
	 */
	protected String organizationName = ORGANIZATION_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getFondsCode() <em>Fonds Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFondsCode()
	 * @generated
	 * @ordered
	 */
	protected static final String FONDS_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFondsCode() <em>Fonds Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFondsCode()
	 * @generated
	 * @ordered
	 */
	protected String fondsCode = FONDS_CODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUnits() <em>Units</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnits()
	 * @generated
	 * @ordered
	 */
	protected EList<OrgUnit> units;

	/**
	 * The cached value of the '{@link #getPeople() <em>People</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeople()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> people;

	/**
	 * The cached value of the '{@link #getNotices() <em>Notices</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotices()
	 * @generated
	 * @ordered
	 */
	protected EList<Notice> notices;

	/**
	 * The cached value of the '{@link #getTemplates() <em>Templates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplates()
	 * @generated
	 * @ordered
	 */
	protected EList<ReviewTemplate> templates;

	/**
	 * The cached value of the '{@link #getRecords() <em>Records</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecords()
	 * @generated
	 * @ordered
	 */
	protected EList<rectify.model.Record> records;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RegisterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RectifyPackage.Literals.REGISTER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOrganizationName() {
		return organizationName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganizationName(String newOrganizationName) {
		String oldOrganizationName = organizationName;
		organizationName = newOrganizationName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.REGISTER__ORGANIZATION_NAME, oldOrganizationName, organizationName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFondsCode() {
		return fondsCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFondsCode(String newFondsCode) {
		String oldFondsCode = fondsCode;
		fondsCode = newFondsCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.REGISTER__FONDS_CODE, oldFondsCode, fondsCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OrgUnit> getUnits() {
		if (units == null) {
			units = new EObjectContainmentEList<OrgUnit>(OrgUnit.class, this, RectifyPackage.REGISTER__UNITS);
		}
		return units;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getPeople() {
		if (people == null) {
			people = new EObjectContainmentEList<Person>(Person.class, this, RectifyPackage.REGISTER__PEOPLE);
		}
		return people;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Notice> getNotices() {
		if (notices == null) {
			notices = new EObjectContainmentEList<Notice>(Notice.class, this, RectifyPackage.REGISTER__NOTICES);
		}
		return notices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReviewTemplate> getTemplates() {
		if (templates == null) {
			templates = new EObjectContainmentEList<ReviewTemplate>(ReviewTemplate.class, this, RectifyPackage.REGISTER__TEMPLATES);
		}
		return templates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<rectify.model.Record> getRecords() {
		if (records == null) {
			records = new EObjectContainmentEList<rectify.model.Record>(rectify.model.Record.class, this, RectifyPackage.REGISTER__RECORDS);
		}
		return records;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RectifyPackage.REGISTER__UNITS:
				return ((InternalEList<?>)getUnits()).basicRemove(otherEnd, msgs);
			case RectifyPackage.REGISTER__PEOPLE:
				return ((InternalEList<?>)getPeople()).basicRemove(otherEnd, msgs);
			case RectifyPackage.REGISTER__NOTICES:
				return ((InternalEList<?>)getNotices()).basicRemove(otherEnd, msgs);
			case RectifyPackage.REGISTER__TEMPLATES:
				return ((InternalEList<?>)getTemplates()).basicRemove(otherEnd, msgs);
			case RectifyPackage.REGISTER__RECORDS:
				return ((InternalEList<?>)getRecords()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RectifyPackage.REGISTER__ORGANIZATION_NAME:
				return getOrganizationName();
			case RectifyPackage.REGISTER__FONDS_CODE:
				return getFondsCode();
			case RectifyPackage.REGISTER__UNITS:
				return getUnits();
			case RectifyPackage.REGISTER__PEOPLE:
				return getPeople();
			case RectifyPackage.REGISTER__NOTICES:
				return getNotices();
			case RectifyPackage.REGISTER__TEMPLATES:
				return getTemplates();
			case RectifyPackage.REGISTER__RECORDS:
				return getRecords();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RectifyPackage.REGISTER__ORGANIZATION_NAME:
				setOrganizationName((String)newValue);
				return;
			case RectifyPackage.REGISTER__FONDS_CODE:
				setFondsCode((String)newValue);
				return;
			case RectifyPackage.REGISTER__UNITS:
				getUnits().clear();
				getUnits().addAll((Collection<? extends OrgUnit>)newValue);
				return;
			case RectifyPackage.REGISTER__PEOPLE:
				getPeople().clear();
				getPeople().addAll((Collection<? extends Person>)newValue);
				return;
			case RectifyPackage.REGISTER__NOTICES:
				getNotices().clear();
				getNotices().addAll((Collection<? extends Notice>)newValue);
				return;
			case RectifyPackage.REGISTER__TEMPLATES:
				getTemplates().clear();
				getTemplates().addAll((Collection<? extends ReviewTemplate>)newValue);
				return;
			case RectifyPackage.REGISTER__RECORDS:
				getRecords().clear();
				getRecords().addAll((Collection<? extends rectify.model.Record>)newValue);
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
			case RectifyPackage.REGISTER__ORGANIZATION_NAME:
				setOrganizationName(ORGANIZATION_NAME_EDEFAULT);
				return;
			case RectifyPackage.REGISTER__FONDS_CODE:
				setFondsCode(FONDS_CODE_EDEFAULT);
				return;
			case RectifyPackage.REGISTER__UNITS:
				getUnits().clear();
				return;
			case RectifyPackage.REGISTER__PEOPLE:
				getPeople().clear();
				return;
			case RectifyPackage.REGISTER__NOTICES:
				getNotices().clear();
				return;
			case RectifyPackage.REGISTER__TEMPLATES:
				getTemplates().clear();
				return;
			case RectifyPackage.REGISTER__RECORDS:
				getRecords().clear();
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
			case RectifyPackage.REGISTER__ORGANIZATION_NAME:
				return ORGANIZATION_NAME_EDEFAULT == null ? organizationName != null : !ORGANIZATION_NAME_EDEFAULT.equals(organizationName);
			case RectifyPackage.REGISTER__FONDS_CODE:
				return FONDS_CODE_EDEFAULT == null ? fondsCode != null : !FONDS_CODE_EDEFAULT.equals(fondsCode);
			case RectifyPackage.REGISTER__UNITS:
				return units != null && !units.isEmpty();
			case RectifyPackage.REGISTER__PEOPLE:
				return people != null && !people.isEmpty();
			case RectifyPackage.REGISTER__NOTICES:
				return notices != null && !notices.isEmpty();
			case RectifyPackage.REGISTER__TEMPLATES:
				return templates != null && !templates.isEmpty();
			case RectifyPackage.REGISTER__RECORDS:
				return records != null && !records.isEmpty();
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
		result.append(" (organizationName: ");
		result.append(organizationName);
		result.append(", fondsCode: ");
		result.append(fondsCode);
		result.append(')');
		return result.toString();
	}

} //RegisterImpl
