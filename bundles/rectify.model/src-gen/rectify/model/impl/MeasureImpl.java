/**
 */
package rectify.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import rectify.model.Cause;
import rectify.model.DeadlineChange;
import rectify.model.Measure;
import rectify.model.MeasureKind;
import rectify.model.MeasureStatus;
import rectify.model.OrgUnit;
import rectify.model.Person;
import rectify.model.Problem;
import rectify.model.ProgressEntry;
import rectify.model.RectifyPackage;
import rectify.model.Verification;

import rectify.model.derived.Deadlines;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Measure</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.impl.MeasureImpl#getText <em>Text</em>}</li>
 *   <li>{@link rectify.model.impl.MeasureImpl#getProblems <em>Problems</em>}</li>
 *   <li>{@link rectify.model.impl.MeasureImpl#getCauses <em>Causes</em>}</li>
 *   <li>{@link rectify.model.impl.MeasureImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link rectify.model.impl.MeasureImpl#getResponsibleLeader <em>Responsible Leader</em>}</li>
 *   <li>{@link rectify.model.impl.MeasureImpl#getResponsibleUnit <em>Responsible Unit</em>}</li>
 *   <li>{@link rectify.model.impl.MeasureImpl#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link rectify.model.impl.MeasureImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link rectify.model.impl.MeasureImpl#getProgress <em>Progress</em>}</li>
 *   <li>{@link rectify.model.impl.MeasureImpl#getDeadlineChanges <em>Deadline Changes</em>}</li>
 *   <li>{@link rectify.model.impl.MeasureImpl#getVerification <em>Verification</em>}</li>
 *   <li>{@link rectify.model.impl.MeasureImpl#getEarlierVerifications <em>Earlier Verifications</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MeasureImpl extends ChainElementImpl implements Measure {
	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProblems() <em>Problems</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProblems()
	 * @generated
	 * @ordered
	 */
	protected EList<Problem> problems;

	/**
	 * The cached value of the '{@link #getCauses() <em>Causes</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCauses()
	 * @generated
	 * @ordered
	 */
	protected EList<Cause> causes;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final MeasureKind KIND_EDEFAULT = MeasureKind.IMMEDIATE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected MeasureKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getResponsibleLeader() <em>Responsible Leader</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibleLeader()
	 * @generated
	 * @ordered
	 */
	protected Person responsibleLeader;

	/**
	 * The cached value of the '{@link #getResponsibleUnit() <em>Responsible Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibleUnit()
	 * @generated
	 * @ordered
	 */
	protected OrgUnit responsibleUnit;

	/**
	 * The default value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DEADLINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected LocalDate deadline = DEADLINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final MeasureStatus STATUS_EDEFAULT = MeasureStatus.PLANNED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected MeasureStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProgress() <em>Progress</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgress()
	 * @generated
	 * @ordered
	 */
	protected EList<ProgressEntry> progress;

	/**
	 * The cached value of the '{@link #getDeadlineChanges() <em>Deadline Changes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadlineChanges()
	 * @generated
	 * @ordered
	 */
	protected EList<DeadlineChange> deadlineChanges;

	/**
	 * The cached value of the '{@link #getVerification() <em>Verification</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerification()
	 * @generated
	 * @ordered
	 */
	protected Verification verification;

	/**
	 * The cached value of the '{@link #getEarlierVerifications() <em>Earlier Verifications</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEarlierVerifications()
	 * @generated
	 * @ordered
	 */
	protected EList<Verification> earlierVerifications;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeasureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RectifyPackage.Literals.MEASURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.MEASURE__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Problem> getProblems() {
		if (problems == null) {
			problems = new EObjectWithInverseEList.ManyInverse<Problem>(Problem.class, this, RectifyPackage.MEASURE__PROBLEMS, RectifyPackage.PROBLEM__MEASURES);
		}
		return problems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Cause> getCauses() {
		if (causes == null) {
			causes = new EObjectWithInverseEList.ManyInverse<Cause>(Cause.class, this, RectifyPackage.MEASURE__CAUSES, RectifyPackage.CAUSE__MEASURES);
		}
		return causes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeasureKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(MeasureKind newKind) {
		MeasureKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.MEASURE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getResponsibleLeader() {
		return responsibleLeader;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponsibleLeader(Person newResponsibleLeader) {
		Person oldResponsibleLeader = responsibleLeader;
		responsibleLeader = newResponsibleLeader;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.MEASURE__RESPONSIBLE_LEADER, oldResponsibleLeader, responsibleLeader));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrgUnit getResponsibleUnit() {
		return responsibleUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponsibleUnit(OrgUnit newResponsibleUnit) {
		OrgUnit oldResponsibleUnit = responsibleUnit;
		responsibleUnit = newResponsibleUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.MEASURE__RESPONSIBLE_UNIT, oldResponsibleUnit, responsibleUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDeadline() {
		return deadline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeadline(LocalDate newDeadline) {
		LocalDate oldDeadline = deadline;
		deadline = newDeadline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.MEASURE__DEADLINE, oldDeadline, deadline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeasureStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(MeasureStatus newStatus) {
		MeasureStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.MEASURE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProgressEntry> getProgress() {
		if (progress == null) {
			progress = new EObjectContainmentEList<ProgressEntry>(ProgressEntry.class, this, RectifyPackage.MEASURE__PROGRESS);
		}
		return progress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DeadlineChange> getDeadlineChanges() {
		if (deadlineChanges == null) {
			deadlineChanges = new EObjectContainmentEList<DeadlineChange>(DeadlineChange.class, this, RectifyPackage.MEASURE__DEADLINE_CHANGES);
		}
		return deadlineChanges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Verification getVerification() {
		return verification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetVerification(Verification newVerification, NotificationChain msgs) {
		Verification oldVerification = verification;
		verification = newVerification;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RectifyPackage.MEASURE__VERIFICATION, oldVerification, newVerification);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerification(Verification newVerification) {
		if (newVerification != verification) {
			NotificationChain msgs = null;
			if (verification != null)
				msgs = ((InternalEObject)verification).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RectifyPackage.MEASURE__VERIFICATION, null, msgs);
			if (newVerification != null)
				msgs = ((InternalEObject)newVerification).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RectifyPackage.MEASURE__VERIFICATION, null, msgs);
			msgs = basicSetVerification(newVerification, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.MEASURE__VERIFICATION, newVerification, newVerification));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Verification> getEarlierVerifications() {
		if (earlierVerifications == null) {
			earlierVerifications = new EObjectContainmentEList<Verification>(Verification.class, this, RectifyPackage.MEASURE__EARLIER_VERIFICATIONS);
		}
		return earlierVerifications;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOverdue(final LocalDate on) {
		return Deadlines.isOverdue(this, on);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RectifyPackage.MEASURE__PROBLEMS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getProblems()).basicAdd(otherEnd, msgs);
			case RectifyPackage.MEASURE__CAUSES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getCauses()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RectifyPackage.MEASURE__PROBLEMS:
				return ((InternalEList<?>)getProblems()).basicRemove(otherEnd, msgs);
			case RectifyPackage.MEASURE__CAUSES:
				return ((InternalEList<?>)getCauses()).basicRemove(otherEnd, msgs);
			case RectifyPackage.MEASURE__PROGRESS:
				return ((InternalEList<?>)getProgress()).basicRemove(otherEnd, msgs);
			case RectifyPackage.MEASURE__DEADLINE_CHANGES:
				return ((InternalEList<?>)getDeadlineChanges()).basicRemove(otherEnd, msgs);
			case RectifyPackage.MEASURE__VERIFICATION:
				return basicSetVerification(null, msgs);
			case RectifyPackage.MEASURE__EARLIER_VERIFICATIONS:
				return ((InternalEList<?>)getEarlierVerifications()).basicRemove(otherEnd, msgs);
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
			case RectifyPackage.MEASURE__TEXT:
				return getText();
			case RectifyPackage.MEASURE__PROBLEMS:
				return getProblems();
			case RectifyPackage.MEASURE__CAUSES:
				return getCauses();
			case RectifyPackage.MEASURE__KIND:
				return getKind();
			case RectifyPackage.MEASURE__RESPONSIBLE_LEADER:
				return getResponsibleLeader();
			case RectifyPackage.MEASURE__RESPONSIBLE_UNIT:
				return getResponsibleUnit();
			case RectifyPackage.MEASURE__DEADLINE:
				return getDeadline();
			case RectifyPackage.MEASURE__STATUS:
				return getStatus();
			case RectifyPackage.MEASURE__PROGRESS:
				return getProgress();
			case RectifyPackage.MEASURE__DEADLINE_CHANGES:
				return getDeadlineChanges();
			case RectifyPackage.MEASURE__VERIFICATION:
				return getVerification();
			case RectifyPackage.MEASURE__EARLIER_VERIFICATIONS:
				return getEarlierVerifications();
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
			case RectifyPackage.MEASURE__TEXT:
				setText((String)newValue);
				return;
			case RectifyPackage.MEASURE__PROBLEMS:
				getProblems().clear();
				getProblems().addAll((Collection<? extends Problem>)newValue);
				return;
			case RectifyPackage.MEASURE__CAUSES:
				getCauses().clear();
				getCauses().addAll((Collection<? extends Cause>)newValue);
				return;
			case RectifyPackage.MEASURE__KIND:
				setKind((MeasureKind)newValue);
				return;
			case RectifyPackage.MEASURE__RESPONSIBLE_LEADER:
				setResponsibleLeader((Person)newValue);
				return;
			case RectifyPackage.MEASURE__RESPONSIBLE_UNIT:
				setResponsibleUnit((OrgUnit)newValue);
				return;
			case RectifyPackage.MEASURE__DEADLINE:
				setDeadline((LocalDate)newValue);
				return;
			case RectifyPackage.MEASURE__STATUS:
				setStatus((MeasureStatus)newValue);
				return;
			case RectifyPackage.MEASURE__PROGRESS:
				getProgress().clear();
				getProgress().addAll((Collection<? extends ProgressEntry>)newValue);
				return;
			case RectifyPackage.MEASURE__DEADLINE_CHANGES:
				getDeadlineChanges().clear();
				getDeadlineChanges().addAll((Collection<? extends DeadlineChange>)newValue);
				return;
			case RectifyPackage.MEASURE__VERIFICATION:
				setVerification((Verification)newValue);
				return;
			case RectifyPackage.MEASURE__EARLIER_VERIFICATIONS:
				getEarlierVerifications().clear();
				getEarlierVerifications().addAll((Collection<? extends Verification>)newValue);
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
			case RectifyPackage.MEASURE__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case RectifyPackage.MEASURE__PROBLEMS:
				getProblems().clear();
				return;
			case RectifyPackage.MEASURE__CAUSES:
				getCauses().clear();
				return;
			case RectifyPackage.MEASURE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case RectifyPackage.MEASURE__RESPONSIBLE_LEADER:
				setResponsibleLeader((Person)null);
				return;
			case RectifyPackage.MEASURE__RESPONSIBLE_UNIT:
				setResponsibleUnit((OrgUnit)null);
				return;
			case RectifyPackage.MEASURE__DEADLINE:
				setDeadline(DEADLINE_EDEFAULT);
				return;
			case RectifyPackage.MEASURE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case RectifyPackage.MEASURE__PROGRESS:
				getProgress().clear();
				return;
			case RectifyPackage.MEASURE__DEADLINE_CHANGES:
				getDeadlineChanges().clear();
				return;
			case RectifyPackage.MEASURE__VERIFICATION:
				setVerification((Verification)null);
				return;
			case RectifyPackage.MEASURE__EARLIER_VERIFICATIONS:
				getEarlierVerifications().clear();
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
			case RectifyPackage.MEASURE__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case RectifyPackage.MEASURE__PROBLEMS:
				return problems != null && !problems.isEmpty();
			case RectifyPackage.MEASURE__CAUSES:
				return causes != null && !causes.isEmpty();
			case RectifyPackage.MEASURE__KIND:
				return kind != KIND_EDEFAULT;
			case RectifyPackage.MEASURE__RESPONSIBLE_LEADER:
				return responsibleLeader != null;
			case RectifyPackage.MEASURE__RESPONSIBLE_UNIT:
				return responsibleUnit != null;
			case RectifyPackage.MEASURE__DEADLINE:
				return DEADLINE_EDEFAULT == null ? deadline != null : !DEADLINE_EDEFAULT.equals(deadline);
			case RectifyPackage.MEASURE__STATUS:
				return status != STATUS_EDEFAULT;
			case RectifyPackage.MEASURE__PROGRESS:
				return progress != null && !progress.isEmpty();
			case RectifyPackage.MEASURE__DEADLINE_CHANGES:
				return deadlineChanges != null && !deadlineChanges.isEmpty();
			case RectifyPackage.MEASURE__VERIFICATION:
				return verification != null;
			case RectifyPackage.MEASURE__EARLIER_VERIFICATIONS:
				return earlierVerifications != null && !earlierVerifications.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case RectifyPackage.MEASURE___IS_OVERDUE__LOCALDATE:
				return isOverdue((LocalDate)arguments.get(0));
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (text: ");
		result.append(text);
		result.append(", kind: ");
		result.append(kind);
		result.append(", deadline: ");
		result.append(deadline);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //MeasureImpl
