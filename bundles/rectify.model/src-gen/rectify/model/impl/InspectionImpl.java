/**
 */
package rectify.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import rectify.model.Inspection;
import rectify.model.InspectionKind;
import rectify.model.OrgUnit;
import rectify.model.RectifyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Inspection</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.impl.InspectionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link rectify.model.impl.InspectionImpl#getInspectingBody <em>Inspecting Body</em>}</li>
 *   <li>{@link rectify.model.impl.InspectionImpl#getInspectedUnit <em>Inspected Unit</em>}</li>
 *   <li>{@link rectify.model.impl.InspectionImpl#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link rectify.model.impl.InspectionImpl#getPeriodEnd <em>Period End</em>}</li>
 *   <li>{@link rectify.model.impl.InspectionImpl#getFeedbackDate <em>Feedback Date</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InspectionImpl extends RecordImpl implements Inspection {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final InspectionKind KIND_EDEFAULT = InspectionKind.PATROL;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected InspectionKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInspectingBody() <em>Inspecting Body</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInspectingBody()
	 * @generated
	 * @ordered
	 */
	protected OrgUnit inspectingBody;

	/**
	 * The cached value of the '{@link #getInspectedUnit() <em>Inspected Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInspectedUnit()
	 * @generated
	 * @ordered
	 */
	protected OrgUnit inspectedUnit;

	/**
	 * The default value of the '{@link #getPeriodStart() <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PERIOD_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodStart() <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate periodStart = PERIOD_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodEnd() <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodEnd()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PERIOD_END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodEnd() <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodEnd()
	 * @generated
	 * @ordered
	 */
	protected LocalDate periodEnd = PERIOD_END_EDEFAULT;

	/**
	 * The default value of the '{@link #getFeedbackDate() <em>Feedback Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeedbackDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate FEEDBACK_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFeedbackDate() <em>Feedback Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeedbackDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate feedbackDate = FEEDBACK_DATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InspectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RectifyPackage.Literals.INSPECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InspectionKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(InspectionKind newKind) {
		InspectionKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.INSPECTION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrgUnit getInspectingBody() {
		return inspectingBody;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInspectingBody(OrgUnit newInspectingBody) {
		OrgUnit oldInspectingBody = inspectingBody;
		inspectingBody = newInspectingBody;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.INSPECTION__INSPECTING_BODY, oldInspectingBody, inspectingBody));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrgUnit getInspectedUnit() {
		return inspectedUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInspectedUnit(OrgUnit newInspectedUnit) {
		OrgUnit oldInspectedUnit = inspectedUnit;
		inspectedUnit = newInspectedUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.INSPECTION__INSPECTED_UNIT, oldInspectedUnit, inspectedUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPeriodStart() {
		return periodStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodStart(LocalDate newPeriodStart) {
		LocalDate oldPeriodStart = periodStart;
		periodStart = newPeriodStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.INSPECTION__PERIOD_START, oldPeriodStart, periodStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPeriodEnd() {
		return periodEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodEnd(LocalDate newPeriodEnd) {
		LocalDate oldPeriodEnd = periodEnd;
		periodEnd = newPeriodEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.INSPECTION__PERIOD_END, oldPeriodEnd, periodEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getFeedbackDate() {
		return feedbackDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeedbackDate(LocalDate newFeedbackDate) {
		LocalDate oldFeedbackDate = feedbackDate;
		feedbackDate = newFeedbackDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.INSPECTION__FEEDBACK_DATE, oldFeedbackDate, feedbackDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RectifyPackage.INSPECTION__KIND:
				return getKind();
			case RectifyPackage.INSPECTION__INSPECTING_BODY:
				return getInspectingBody();
			case RectifyPackage.INSPECTION__INSPECTED_UNIT:
				return getInspectedUnit();
			case RectifyPackage.INSPECTION__PERIOD_START:
				return getPeriodStart();
			case RectifyPackage.INSPECTION__PERIOD_END:
				return getPeriodEnd();
			case RectifyPackage.INSPECTION__FEEDBACK_DATE:
				return getFeedbackDate();
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
			case RectifyPackage.INSPECTION__KIND:
				setKind((InspectionKind)newValue);
				return;
			case RectifyPackage.INSPECTION__INSPECTING_BODY:
				setInspectingBody((OrgUnit)newValue);
				return;
			case RectifyPackage.INSPECTION__INSPECTED_UNIT:
				setInspectedUnit((OrgUnit)newValue);
				return;
			case RectifyPackage.INSPECTION__PERIOD_START:
				setPeriodStart((LocalDate)newValue);
				return;
			case RectifyPackage.INSPECTION__PERIOD_END:
				setPeriodEnd((LocalDate)newValue);
				return;
			case RectifyPackage.INSPECTION__FEEDBACK_DATE:
				setFeedbackDate((LocalDate)newValue);
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
			case RectifyPackage.INSPECTION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case RectifyPackage.INSPECTION__INSPECTING_BODY:
				setInspectingBody((OrgUnit)null);
				return;
			case RectifyPackage.INSPECTION__INSPECTED_UNIT:
				setInspectedUnit((OrgUnit)null);
				return;
			case RectifyPackage.INSPECTION__PERIOD_START:
				setPeriodStart(PERIOD_START_EDEFAULT);
				return;
			case RectifyPackage.INSPECTION__PERIOD_END:
				setPeriodEnd(PERIOD_END_EDEFAULT);
				return;
			case RectifyPackage.INSPECTION__FEEDBACK_DATE:
				setFeedbackDate(FEEDBACK_DATE_EDEFAULT);
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
			case RectifyPackage.INSPECTION__KIND:
				return kind != KIND_EDEFAULT;
			case RectifyPackage.INSPECTION__INSPECTING_BODY:
				return inspectingBody != null;
			case RectifyPackage.INSPECTION__INSPECTED_UNIT:
				return inspectedUnit != null;
			case RectifyPackage.INSPECTION__PERIOD_START:
				return PERIOD_START_EDEFAULT == null ? periodStart != null : !PERIOD_START_EDEFAULT.equals(periodStart);
			case RectifyPackage.INSPECTION__PERIOD_END:
				return PERIOD_END_EDEFAULT == null ? periodEnd != null : !PERIOD_END_EDEFAULT.equals(periodEnd);
			case RectifyPackage.INSPECTION__FEEDBACK_DATE:
				return FEEDBACK_DATE_EDEFAULT == null ? feedbackDate != null : !FEEDBACK_DATE_EDEFAULT.equals(feedbackDate);
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", periodStart: ");
		result.append(periodStart);
		result.append(", periodEnd: ");
		result.append(periodEnd);
		result.append(", feedbackDate: ");
		result.append(feedbackDate);
		result.append(')');
		return result.toString();
	}

} //InspectionImpl
