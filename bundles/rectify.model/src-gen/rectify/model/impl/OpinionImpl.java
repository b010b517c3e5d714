/**
 */
package rectify.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import rectify.model.Disposition;
import rectify.model.Opinion;
import rectify.model.OpinionChannel;
import rectify.model.OrgUnit;
import rectify.model.OrgUnitKind;
import rectify.model.Problem;
import rectify.model.RectifyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Opinion</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.impl.OpinionImpl#getText <em>Text</em>}</li>
 *   <li>{@link rectify.model.impl.OpinionImpl#getSourceUnit <em>Source Unit</em>}</li>
 *   <li>{@link rectify.model.impl.OpinionImpl#getSourceKind <em>Source Kind</em>}</li>
 *   <li>{@link rectify.model.impl.OpinionImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link rectify.model.impl.OpinionImpl#getDate <em>Date</em>}</li>
 *   <li>{@link rectify.model.impl.OpinionImpl#getDisposition <em>Disposition</em>}</li>
 *   <li>{@link rectify.model.impl.OpinionImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link rectify.model.impl.OpinionImpl#getProblems <em>Problems</em>}</li>
 *   <li>{@link rectify.model.impl.OpinionImpl#isFeedbackGiven <em>Feedback Given</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OpinionImpl extends MinimalEObjectImpl.Container implements Opinion {
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
	 * The cached value of the '{@link #getSourceUnit() <em>Source Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceUnit()
	 * @generated
	 * @ordered
	 */
	protected OrgUnit sourceUnit;

	/**
	 * The default value of the '{@link #getSourceKind() <em>Source Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceKind()
	 * @generated
	 * @ordered
	 */
	protected static final OrgUnitKind SOURCE_KIND_EDEFAULT = OrgUnitKind.DEPARTMENT;

	/**
	 * The cached value of the '{@link #getSourceKind() <em>Source Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceKind()
	 * @generated
	 * @ordered
	 */
	protected OrgUnitKind sourceKind = SOURCE_KIND_EDEFAULT;

	/**
	 * This is true if the Source Kind attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean sourceKindESet;

	/**
	 * The default value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected static final OpinionChannel CHANNEL_EDEFAULT = OpinionChannel.FORUM;

	/**
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected OpinionChannel channel = CHANNEL_EDEFAULT;

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
	 * The default value of the '{@link #getDisposition() <em>Disposition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisposition()
	 * @generated
	 * @ordered
	 */
	protected static final Disposition DISPOSITION_EDEFAULT = Disposition.PENDING;

	/**
	 * The cached value of the '{@link #getDisposition() <em>Disposition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisposition()
	 * @generated
	 * @ordered
	 */
	protected Disposition disposition = DISPOSITION_EDEFAULT;

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
	 * The cached value of the '{@link #getProblems() <em>Problems</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProblems()
	 * @generated
	 * @ordered
	 */
	protected EList<Problem> problems;

	/**
	 * The default value of the '{@link #isFeedbackGiven() <em>Feedback Given</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFeedbackGiven()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FEEDBACK_GIVEN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFeedbackGiven() <em>Feedback Given</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFeedbackGiven()
	 * @generated
	 * @ordered
	 */
	protected boolean feedbackGiven = FEEDBACK_GIVEN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OpinionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RectifyPackage.Literals.OPINION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.OPINION__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrgUnit getSourceUnit() {
		return sourceUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceUnit(OrgUnit newSourceUnit) {
		OrgUnit oldSourceUnit = sourceUnit;
		sourceUnit = newSourceUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.OPINION__SOURCE_UNIT, oldSourceUnit, sourceUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrgUnitKind getSourceKind() {
		return sourceKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceKind(OrgUnitKind newSourceKind) {
		OrgUnitKind oldSourceKind = sourceKind;
		sourceKind = newSourceKind == null ? SOURCE_KIND_EDEFAULT : newSourceKind;
		boolean oldSourceKindESet = sourceKindESet;
		sourceKindESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.OPINION__SOURCE_KIND, oldSourceKind, sourceKind, !oldSourceKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetSourceKind() {
		OrgUnitKind oldSourceKind = sourceKind;
		boolean oldSourceKindESet = sourceKindESet;
		sourceKind = SOURCE_KIND_EDEFAULT;
		sourceKindESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, RectifyPackage.OPINION__SOURCE_KIND, oldSourceKind, SOURCE_KIND_EDEFAULT, oldSourceKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetSourceKind() {
		return sourceKindESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OpinionChannel getChannel() {
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(OpinionChannel newChannel) {
		OpinionChannel oldChannel = channel;
		channel = newChannel == null ? CHANNEL_EDEFAULT : newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.OPINION__CHANNEL, oldChannel, channel));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.OPINION__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Disposition getDisposition() {
		return disposition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisposition(Disposition newDisposition) {
		Disposition oldDisposition = disposition;
		disposition = newDisposition == null ? DISPOSITION_EDEFAULT : newDisposition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.OPINION__DISPOSITION, oldDisposition, disposition));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.OPINION__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Problem> getProblems() {
		if (problems == null) {
			problems = new EObjectWithInverseEList.ManyInverse<Problem>(Problem.class, this, RectifyPackage.OPINION__PROBLEMS, RectifyPackage.PROBLEM__SOURCE_OPINIONS);
		}
		return problems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFeedbackGiven() {
		return feedbackGiven;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeedbackGiven(boolean newFeedbackGiven) {
		boolean oldFeedbackGiven = feedbackGiven;
		feedbackGiven = newFeedbackGiven;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.OPINION__FEEDBACK_GIVEN, oldFeedbackGiven, feedbackGiven));
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
			case RectifyPackage.OPINION__PROBLEMS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getProblems()).basicAdd(otherEnd, msgs);
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
			case RectifyPackage.OPINION__PROBLEMS:
				return ((InternalEList<?>)getProblems()).basicRemove(otherEnd, msgs);
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
			case RectifyPackage.OPINION__TEXT:
				return getText();
			case RectifyPackage.OPINION__SOURCE_UNIT:
				return getSourceUnit();
			case RectifyPackage.OPINION__SOURCE_KIND:
				return getSourceKind();
			case RectifyPackage.OPINION__CHANNEL:
				return getChannel();
			case RectifyPackage.OPINION__DATE:
				return getDate();
			case RectifyPackage.OPINION__DISPOSITION:
				return getDisposition();
			case RectifyPackage.OPINION__REASON:
				return getReason();
			case RectifyPackage.OPINION__PROBLEMS:
				return getProblems();
			case RectifyPackage.OPINION__FEEDBACK_GIVEN:
				return isFeedbackGiven();
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
			case RectifyPackage.OPINION__TEXT:
				setText((String)newValue);
				return;
			case RectifyPackage.OPINION__SOURCE_UNIT:
				setSourceUnit((OrgUnit)newValue);
				return;
			case RectifyPackage.OPINION__SOURCE_KIND:
				setSourceKind((OrgUnitKind)newValue);
				return;
			case RectifyPackage.OPINION__CHANNEL:
				setChannel((OpinionChannel)newValue);
				return;
			case RectifyPackage.OPINION__DATE:
				setDate((LocalDate)newValue);
				return;
			case RectifyPackage.OPINION__DISPOSITION:
				setDisposition((Disposition)newValue);
				return;
			case RectifyPackage.OPINION__REASON:
				setReason((String)newValue);
				return;
			case RectifyPackage.OPINION__PROBLEMS:
				getProblems().clear();
				getProblems().addAll((Collection<? extends Problem>)newValue);
				return;
			case RectifyPackage.OPINION__FEEDBACK_GIVEN:
				setFeedbackGiven((Boolean)newValue);
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
			case RectifyPackage.OPINION__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case RectifyPackage.OPINION__SOURCE_UNIT:
				setSourceUnit((OrgUnit)null);
				return;
			case RectifyPackage.OPINION__SOURCE_KIND:
				unsetSourceKind();
				return;
			case RectifyPackage.OPINION__CHANNEL:
				setChannel(CHANNEL_EDEFAULT);
				return;
			case RectifyPackage.OPINION__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case RectifyPackage.OPINION__DISPOSITION:
				setDisposition(DISPOSITION_EDEFAULT);
				return;
			case RectifyPackage.OPINION__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case RectifyPackage.OPINION__PROBLEMS:
				getProblems().clear();
				return;
			case RectifyPackage.OPINION__FEEDBACK_GIVEN:
				setFeedbackGiven(FEEDBACK_GIVEN_EDEFAULT);
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
			case RectifyPackage.OPINION__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case RectifyPackage.OPINION__SOURCE_UNIT:
				return sourceUnit != null;
			case RectifyPackage.OPINION__SOURCE_KIND:
				return isSetSourceKind();
			case RectifyPackage.OPINION__CHANNEL:
				return channel != CHANNEL_EDEFAULT;
			case RectifyPackage.OPINION__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case RectifyPackage.OPINION__DISPOSITION:
				return disposition != DISPOSITION_EDEFAULT;
			case RectifyPackage.OPINION__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case RectifyPackage.OPINION__PROBLEMS:
				return problems != null && !problems.isEmpty();
			case RectifyPackage.OPINION__FEEDBACK_GIVEN:
				return feedbackGiven != FEEDBACK_GIVEN_EDEFAULT;
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
		result.append(" (text: ");
		result.append(text);
		result.append(", sourceKind: ");
		if (sourceKindESet) result.append(sourceKind); else result.append("<unset>");
		result.append(", channel: ");
		result.append(channel);
		result.append(", date: ");
		result.append(date);
		result.append(", disposition: ");
		result.append(disposition);
		result.append(", reason: ");
		result.append(reason);
		result.append(", feedbackGiven: ");
		result.append(feedbackGiven);
		result.append(')');
		return result.toString();
	}

} //OpinionImpl
