/**
 */
package rectify.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import rectify.model.DeadlineChange;
import rectify.model.RectifyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Deadline Change</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.impl.DeadlineChangeImpl#getDate <em>Date</em>}</li>
 *   <li>{@link rectify.model.impl.DeadlineChangeImpl#getPreviousDeadline <em>Previous Deadline</em>}</li>
 *   <li>{@link rectify.model.impl.DeadlineChangeImpl#getNewDeadline <em>New Deadline</em>}</li>
 *   <li>{@link rectify.model.impl.DeadlineChangeImpl#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeadlineChangeImpl extends MinimalEObjectImpl.Container implements DeadlineChange {
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
	 * The default value of the '{@link #getPreviousDeadline() <em>Previous Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreviousDeadline()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PREVIOUS_DEADLINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreviousDeadline() <em>Previous Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreviousDeadline()
	 * @generated
	 * @ordered
	 */
	protected LocalDate previousDeadline = PREVIOUS_DEADLINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNewDeadline() <em>New Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewDeadline()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate NEW_DEADLINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNewDeadline() <em>New Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewDeadline()
	 * @generated
	 * @ordered
	 */
	protected LocalDate newDeadline = NEW_DEADLINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeadlineChangeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RectifyPackage.Literals.DEADLINE_CHANGE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.DEADLINE_CHANGE__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPreviousDeadline() {
		return previousDeadline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreviousDeadline(LocalDate newPreviousDeadline) {
		LocalDate oldPreviousDeadline = previousDeadline;
		previousDeadline = newPreviousDeadline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.DEADLINE_CHANGE__PREVIOUS_DEADLINE, oldPreviousDeadline, previousDeadline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getNewDeadline() {
		return newDeadline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewDeadline(LocalDate newNewDeadline) {
		LocalDate oldNewDeadline = newDeadline;
		newDeadline = newNewDeadline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.DEADLINE_CHANGE__NEW_DEADLINE, oldNewDeadline, newDeadline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.DEADLINE_CHANGE__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RectifyPackage.DEADLINE_CHANGE__DATE:
				return getDate();
			case RectifyPackage.DEADLINE_CHANGE__PREVIOUS_DEADLINE:
				return getPreviousDeadline();
			case RectifyPackage.DEADLINE_CHANGE__NEW_DEADLINE:
				return getNewDeadline();
			case RectifyPackage.DEADLINE_CHANGE__REASON:
				return getReason();
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
			case RectifyPackage.DEADLINE_CHANGE__DATE:
				setDate((LocalDate)newValue);
				return;
			case RectifyPackage.DEADLINE_CHANGE__PREVIOUS_DEADLINE:
				setPreviousDeadline((LocalDate)newValue);
				return;
			case RectifyPackage.DEADLINE_CHANGE__NEW_DEADLINE:
				setNewDeadline((LocalDate)newValue);
				return;
			case RectifyPackage.DEADLINE_CHANGE__REASON:
				setReason((String)newValue);
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
			case RectifyPackage.DEADLINE_CHANGE__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case RectifyPackage.DEADLINE_CHANGE__PREVIOUS_DEADLINE:
				setPreviousDeadline(PREVIOUS_DEADLINE_EDEFAULT);
				return;
			case RectifyPackage.DEADLINE_CHANGE__NEW_DEADLINE:
				setNewDeadline(NEW_DEADLINE_EDEFAULT);
				return;
			case RectifyPackage.DEADLINE_CHANGE__REASON:
				setReason(REASON_EDEFAULT);
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
			case RectifyPackage.DEADLINE_CHANGE__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case RectifyPackage.DEADLINE_CHANGE__PREVIOUS_DEADLINE:
				return PREVIOUS_DEADLINE_EDEFAULT == null ? previousDeadline != null : !PREVIOUS_DEADLINE_EDEFAULT.equals(previousDeadline);
			case RectifyPackage.DEADLINE_CHANGE__NEW_DEADLINE:
				return NEW_DEADLINE_EDEFAULT == null ? newDeadline != null : !NEW_DEADLINE_EDEFAULT.equals(newDeadline);
			case RectifyPackage.DEADLINE_CHANGE__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
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
		result.append(" (date: ");
		result.append(date);
		result.append(", previousDeadline: ");
		result.append(previousDeadline);
		result.append(", newDeadline: ");
		result.append(newDeadline);
		result.append(", reason: ");
		result.append(reason);
		result.append(')');
		return result.toString();
	}

} //DeadlineChangeImpl
