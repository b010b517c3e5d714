/**
 */
package rectify.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import rectify.model.Person;
import rectify.model.RectifyPackage;
import rectify.model.Talk;
import rectify.model.TalkPairing;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Talk</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.impl.TalkImpl#getInitiator <em>Initiator</em>}</li>
 *   <li>{@link rectify.model.impl.TalkImpl#getInitiatorDescription <em>Initiator Description</em>}</li>
 *   <li>{@link rectify.model.impl.TalkImpl#getPartner <em>Partner</em>}</li>
 *   <li>{@link rectify.model.impl.TalkImpl#getPartnerDescription <em>Partner Description</em>}</li>
 *   <li>{@link rectify.model.impl.TalkImpl#getDate <em>Date</em>}</li>
 *   <li>{@link rectify.model.impl.TalkImpl#getPairing <em>Pairing</em>}</li>
 *   <li>{@link rectify.model.impl.TalkImpl#getSummary <em>Summary</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TalkImpl extends MinimalEObjectImpl.Container implements Talk {
	/**
	 * The cached value of the '{@link #getInitiator() <em>Initiator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitiator()
	 * @generated
	 * @ordered
	 */
	protected Person initiator;

	/**
	 * The default value of the '{@link #getInitiatorDescription() <em>Initiator Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitiatorDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String INITIATOR_DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInitiatorDescription() <em>Initiator Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitiatorDescription()
	 * @generated
	 * @ordered
	 */
	protected String initiatorDescription = INITIATOR_DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPartner() <em>Partner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartner()
	 * @generated
	 * @ordered
	 */
	protected Person partner;

	/**
	 * The default value of the '{@link #getPartnerDescription() <em>Partner Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartnerDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String PARTNER_DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPartnerDescription() <em>Partner Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartnerDescription()
	 * @generated
	 * @ordered
	 */
	protected String partnerDescription = PARTNER_DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPairing() <em>Pairing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPairing()
	 * @generated
	 * @ordered
	 */
	protected static final TalkPairing PAIRING_EDEFAULT = TalkPairing.SECRETARY_WITH_MEMBERS;

	/**
	 * The cached value of the '{@link #getPairing() <em>Pairing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPairing()
	 * @generated
	 * @ordered
	 */
	protected TalkPairing pairing = PAIRING_EDEFAULT;

	/**
	 * The default value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected String summary = SUMMARY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TalkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RectifyPackage.Literals.TALK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getInitiator() {
		return initiator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitiator(Person newInitiator) {
		Person oldInitiator = initiator;
		initiator = newInitiator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.TALK__INITIATOR, oldInitiator, initiator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInitiatorDescription() {
		return initiatorDescription;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitiatorDescription(String newInitiatorDescription) {
		String oldInitiatorDescription = initiatorDescription;
		initiatorDescription = newInitiatorDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.TALK__INITIATOR_DESCRIPTION, oldInitiatorDescription, initiatorDescription));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getPartner() {
		return partner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartner(Person newPartner) {
		Person oldPartner = partner;
		partner = newPartner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.TALK__PARTNER, oldPartner, partner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPartnerDescription() {
		return partnerDescription;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartnerDescription(String newPartnerDescription) {
		String oldPartnerDescription = partnerDescription;
		partnerDescription = newPartnerDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.TALK__PARTNER_DESCRIPTION, oldPartnerDescription, partnerDescription));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.TALK__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TalkPairing getPairing() {
		return pairing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPairing(TalkPairing newPairing) {
		TalkPairing oldPairing = pairing;
		pairing = newPairing == null ? PAIRING_EDEFAULT : newPairing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.TALK__PAIRING, oldPairing, pairing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSummary() {
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummary(String newSummary) {
		String oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.TALK__SUMMARY, oldSummary, summary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RectifyPackage.TALK__INITIATOR:
				return getInitiator();
			case RectifyPackage.TALK__INITIATOR_DESCRIPTION:
				return getInitiatorDescription();
			case RectifyPackage.TALK__PARTNER:
				return getPartner();
			case RectifyPackage.TALK__PARTNER_DESCRIPTION:
				return getPartnerDescription();
			case RectifyPackage.TALK__DATE:
				return getDate();
			case RectifyPackage.TALK__PAIRING:
				return getPairing();
			case RectifyPackage.TALK__SUMMARY:
				return getSummary();
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
			case RectifyPackage.TALK__INITIATOR:
				setInitiator((Person)newValue);
				return;
			case RectifyPackage.TALK__INITIATOR_DESCRIPTION:
				setInitiatorDescription((String)newValue);
				return;
			case RectifyPackage.TALK__PARTNER:
				setPartner((Person)newValue);
				return;
			case RectifyPackage.TALK__PARTNER_DESCRIPTION:
				setPartnerDescription((String)newValue);
				return;
			case RectifyPackage.TALK__DATE:
				setDate((LocalDate)newValue);
				return;
			case RectifyPackage.TALK__PAIRING:
				setPairing((TalkPairing)newValue);
				return;
			case RectifyPackage.TALK__SUMMARY:
				setSummary((String)newValue);
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
			case RectifyPackage.TALK__INITIATOR:
				setInitiator((Person)null);
				return;
			case RectifyPackage.TALK__INITIATOR_DESCRIPTION:
				setInitiatorDescription(INITIATOR_DESCRIPTION_EDEFAULT);
				return;
			case RectifyPackage.TALK__PARTNER:
				setPartner((Person)null);
				return;
			case RectifyPackage.TALK__PARTNER_DESCRIPTION:
				setPartnerDescription(PARTNER_DESCRIPTION_EDEFAULT);
				return;
			case RectifyPackage.TALK__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case RectifyPackage.TALK__PAIRING:
				setPairing(PAIRING_EDEFAULT);
				return;
			case RectifyPackage.TALK__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
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
			case RectifyPackage.TALK__INITIATOR:
				return initiator != null;
			case RectifyPackage.TALK__INITIATOR_DESCRIPTION:
				return INITIATOR_DESCRIPTION_EDEFAULT == null ? initiatorDescription != null : !INITIATOR_DESCRIPTION_EDEFAULT.equals(initiatorDescription);
			case RectifyPackage.TALK__PARTNER:
				return partner != null;
			case RectifyPackage.TALK__PARTNER_DESCRIPTION:
				return PARTNER_DESCRIPTION_EDEFAULT == null ? partnerDescription != null : !PARTNER_DESCRIPTION_EDEFAULT.equals(partnerDescription);
			case RectifyPackage.TALK__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case RectifyPackage.TALK__PAIRING:
				return pairing != PAIRING_EDEFAULT;
			case RectifyPackage.TALK__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
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
		result.append(" (initiatorDescription: ");
		result.append(initiatorDescription);
		result.append(", partnerDescription: ");
		result.append(partnerDescription);
		result.append(", date: ");
		result.append(date);
		result.append(", pairing: ");
		result.append(pairing);
		result.append(", summary: ");
		result.append(summary);
		result.append(')');
		return result.toString();
	}

} //TalkImpl
