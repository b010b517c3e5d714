/**
 */
package rectify.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import rectify.model.ChainElement;
import rectify.model.RectifyPackage;

import rectify.model.derived.Numbering;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Chain Element</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.impl.ChainElementImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link rectify.model.impl.ChainElementImpl#getHeadline <em>Headline</em>}</li>
 *   <li>{@link rectify.model.impl.ChainElementImpl#getFullNumber <em>Full Number</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class ChainElementImpl extends MinimalEObjectImpl.Container implements ChainElement {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected int number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeadline() <em>Headline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeadline()
	 * @generated
	 * @ordered
	 */
	protected static final String HEADLINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHeadline() <em>Headline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeadline()
	 * @generated
	 * @ordered
	 */
	protected String headline = HEADLINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFullNumber() <em>Full Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFullNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String FULL_NUMBER_EDEFAULT = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChainElementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RectifyPackage.Literals.CHAIN_ELEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(int newNumber) {
		int oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.CHAIN_ELEMENT__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHeadline() {
		return headline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeadline(String newHeadline) {
		String oldHeadline = headline;
		headline = newHeadline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.CHAIN_ELEMENT__HEADLINE, oldHeadline, headline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFullNumber() {
		return Numbering.fullNumber(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RectifyPackage.CHAIN_ELEMENT__NUMBER:
				return getNumber();
			case RectifyPackage.CHAIN_ELEMENT__HEADLINE:
				return getHeadline();
			case RectifyPackage.CHAIN_ELEMENT__FULL_NUMBER:
				return getFullNumber();
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
			case RectifyPackage.CHAIN_ELEMENT__NUMBER:
				setNumber((Integer)newValue);
				return;
			case RectifyPackage.CHAIN_ELEMENT__HEADLINE:
				setHeadline((String)newValue);
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
			case RectifyPackage.CHAIN_ELEMENT__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case RectifyPackage.CHAIN_ELEMENT__HEADLINE:
				setHeadline(HEADLINE_EDEFAULT);
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
			case RectifyPackage.CHAIN_ELEMENT__NUMBER:
				return number != NUMBER_EDEFAULT;
			case RectifyPackage.CHAIN_ELEMENT__HEADLINE:
				return HEADLINE_EDEFAULT == null ? headline != null : !HEADLINE_EDEFAULT.equals(headline);
			case RectifyPackage.CHAIN_ELEMENT__FULL_NUMBER:
				return FULL_NUMBER_EDEFAULT == null ? getFullNumber() != null : !FULL_NUMBER_EDEFAULT.equals(getFullNumber());
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
		result.append(" (number: ");
		result.append(number);
		result.append(", headline: ");
		result.append(headline);
		result.append(')');
		return result.toString();
	}

} //ChainElementImpl
