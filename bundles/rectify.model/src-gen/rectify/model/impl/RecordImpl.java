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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import rectify.model.ArchivalInfo;
import rectify.model.AttachedDocument;
import rectify.model.RecordStatus;
import rectify.model.RectifyPackage;
import rectify.model.Review;

import rectify.model.derived.RecordCounts;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.impl.RecordImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link rectify.model.impl.RecordImpl#getYear <em>Year</em>}</li>
 *   <li>{@link rectify.model.impl.RecordImpl#getDate <em>Date</em>}</li>
 *   <li>{@link rectify.model.impl.RecordImpl#getPlace <em>Place</em>}</li>
 *   <li>{@link rectify.model.impl.RecordImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link rectify.model.impl.RecordImpl#isExample <em>Example</em>}</li>
 *   <li>{@link rectify.model.impl.RecordImpl#getArchivalInfo <em>Archival Info</em>}</li>
 *   <li>{@link rectify.model.impl.RecordImpl#getDocuments <em>Documents</em>}</li>
 *   <li>{@link rectify.model.impl.RecordImpl#getReview <em>Review</em>}</li>
 *   <li>{@link rectify.model.impl.RecordImpl#getAspectCount <em>Aspect Count</em>}</li>
 *   <li>{@link rectify.model.impl.RecordImpl#getProblemCount <em>Problem Count</em>}</li>
 *   <li>{@link rectify.model.impl.RecordImpl#getCauseCount <em>Cause Count</em>}</li>
 *   <li>{@link rectify.model.impl.RecordImpl#getDirectionCount <em>Direction Count</em>}</li>
 *   <li>{@link rectify.model.impl.RecordImpl#getMeasureCount <em>Measure Count</em>}</li>
 *   <li>{@link rectify.model.impl.RecordImpl#getOpinionCount <em>Opinion Count</em>}</li>
 *   <li>{@link rectify.model.impl.RecordImpl#getTalkCount <em>Talk Count</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class RecordImpl extends MinimalEObjectImpl.Container implements rectify.model.Record {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

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
	 * The default value of the '{@link #getPlace() <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlace()
	 * @generated
	 * @ordered
	 */
	protected static final String PLACE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlace() <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlace()
	 * @generated
	 * @ordered
	 */
	protected String place = PLACE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final RecordStatus STATUS_EDEFAULT = RecordStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected RecordStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #isExample() <em>Example</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExample()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EXAMPLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isExample() <em>Example</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExample()
	 * @generated
	 * @ordered
	 */
	protected boolean example = EXAMPLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getArchivalInfo() <em>Archival Info</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchivalInfo()
	 * @generated
	 * @ordered
	 */
	protected ArchivalInfo archivalInfo;

	/**
	 * The cached value of the '{@link #getDocuments() <em>Documents</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocuments()
	 * @generated
	 * @ordered
	 */
	protected EList<AttachedDocument> documents;

	/**
	 * The cached value of the '{@link #getReview() <em>Review</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReview()
	 * @generated
	 * @ordered
	 */
	protected Review review;

	/**
	 * The default value of the '{@link #getAspectCount() <em>Aspect Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAspectCount()
	 * @generated
	 * @ordered
	 */
	protected static final int ASPECT_COUNT_EDEFAULT = 0;

	/**
	 * The default value of the '{@link #getProblemCount() <em>Problem Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProblemCount()
	 * @generated
	 * @ordered
	 */
	protected static final int PROBLEM_COUNT_EDEFAULT = 0;

	/**
	 * The default value of the '{@link #getCauseCount() <em>Cause Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCauseCount()
	 * @generated
	 * @ordered
	 */
	protected static final int CAUSE_COUNT_EDEFAULT = 0;

	/**
	 * The default value of the '{@link #getDirectionCount() <em>Direction Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirectionCount()
	 * @generated
	 * @ordered
	 */
	protected static final int DIRECTION_COUNT_EDEFAULT = 0;

	/**
	 * The default value of the '{@link #getMeasureCount() <em>Measure Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasureCount()
	 * @generated
	 * @ordered
	 */
	protected static final int MEASURE_COUNT_EDEFAULT = 0;

	/**
	 * The default value of the '{@link #getOpinionCount() <em>Opinion Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpinionCount()
	 * @generated
	 * @ordered
	 */
	protected static final int OPINION_COUNT_EDEFAULT = 0;

	/**
	 * The default value of the '{@link #getTalkCount() <em>Talk Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTalkCount()
	 * @generated
	 * @ordered
	 */
	protected static final int TALK_COUNT_EDEFAULT = 0;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RectifyPackage.Literals.RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.RECORD__TITLE, oldTitle, title));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.RECORD__YEAR, oldYear, year));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.RECORD__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPlace() {
		return place;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlace(String newPlace) {
		String oldPlace = place;
		place = newPlace;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.RECORD__PLACE, oldPlace, place));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecordStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(RecordStatus newStatus) {
		RecordStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.RECORD__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isExample() {
		return example;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExample(boolean newExample) {
		boolean oldExample = example;
		example = newExample;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.RECORD__EXAMPLE, oldExample, example));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArchivalInfo getArchivalInfo() {
		return archivalInfo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetArchivalInfo(ArchivalInfo newArchivalInfo, NotificationChain msgs) {
		ArchivalInfo oldArchivalInfo = archivalInfo;
		archivalInfo = newArchivalInfo;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RectifyPackage.RECORD__ARCHIVAL_INFO, oldArchivalInfo, newArchivalInfo);
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
	public void setArchivalInfo(ArchivalInfo newArchivalInfo) {
		if (newArchivalInfo != archivalInfo) {
			NotificationChain msgs = null;
			if (archivalInfo != null)
				msgs = ((InternalEObject)archivalInfo).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RectifyPackage.RECORD__ARCHIVAL_INFO, null, msgs);
			if (newArchivalInfo != null)
				msgs = ((InternalEObject)newArchivalInfo).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RectifyPackage.RECORD__ARCHIVAL_INFO, null, msgs);
			msgs = basicSetArchivalInfo(newArchivalInfo, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.RECORD__ARCHIVAL_INFO, newArchivalInfo, newArchivalInfo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AttachedDocument> getDocuments() {
		if (documents == null) {
			documents = new EObjectContainmentEList<AttachedDocument>(AttachedDocument.class, this, RectifyPackage.RECORD__DOCUMENTS);
		}
		return documents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Review getReview() {
		return review;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetReview(Review newReview, NotificationChain msgs) {
		Review oldReview = review;
		review = newReview;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RectifyPackage.RECORD__REVIEW, oldReview, newReview);
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
	public void setReview(Review newReview) {
		if (newReview != review) {
			NotificationChain msgs = null;
			if (review != null)
				msgs = ((InternalEObject)review).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RectifyPackage.RECORD__REVIEW, null, msgs);
			if (newReview != null)
				msgs = ((InternalEObject)newReview).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RectifyPackage.RECORD__REVIEW, null, msgs);
			msgs = basicSetReview(newReview, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.RECORD__REVIEW, newReview, newReview));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAspectCount() {
		return RecordCounts.aspects(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getProblemCount() {
		return RecordCounts.problems(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCauseCount() {
		return RecordCounts.causes(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDirectionCount() {
		return RecordCounts.directions(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMeasureCount() {
		return RecordCounts.measures(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOpinionCount() {
		return RecordCounts.opinions(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTalkCount() {
		return RecordCounts.talks(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RectifyPackage.RECORD__ARCHIVAL_INFO:
				return basicSetArchivalInfo(null, msgs);
			case RectifyPackage.RECORD__DOCUMENTS:
				return ((InternalEList<?>)getDocuments()).basicRemove(otherEnd, msgs);
			case RectifyPackage.RECORD__REVIEW:
				return basicSetReview(null, msgs);
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
			case RectifyPackage.RECORD__TITLE:
				return getTitle();
			case RectifyPackage.RECORD__YEAR:
				return getYear();
			case RectifyPackage.RECORD__DATE:
				return getDate();
			case RectifyPackage.RECORD__PLACE:
				return getPlace();
			case RectifyPackage.RECORD__STATUS:
				return getStatus();
			case RectifyPackage.RECORD__EXAMPLE:
				return isExample();
			case RectifyPackage.RECORD__ARCHIVAL_INFO:
				return getArchivalInfo();
			case RectifyPackage.RECORD__DOCUMENTS:
				return getDocuments();
			case RectifyPackage.RECORD__REVIEW:
				return getReview();
			case RectifyPackage.RECORD__ASPECT_COUNT:
				return getAspectCount();
			case RectifyPackage.RECORD__PROBLEM_COUNT:
				return getProblemCount();
			case RectifyPackage.RECORD__CAUSE_COUNT:
				return getCauseCount();
			case RectifyPackage.RECORD__DIRECTION_COUNT:
				return getDirectionCount();
			case RectifyPackage.RECORD__MEASURE_COUNT:
				return getMeasureCount();
			case RectifyPackage.RECORD__OPINION_COUNT:
				return getOpinionCount();
			case RectifyPackage.RECORD__TALK_COUNT:
				return getTalkCount();
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
			case RectifyPackage.RECORD__TITLE:
				setTitle((String)newValue);
				return;
			case RectifyPackage.RECORD__YEAR:
				setYear((Integer)newValue);
				return;
			case RectifyPackage.RECORD__DATE:
				setDate((LocalDate)newValue);
				return;
			case RectifyPackage.RECORD__PLACE:
				setPlace((String)newValue);
				return;
			case RectifyPackage.RECORD__STATUS:
				setStatus((RecordStatus)newValue);
				return;
			case RectifyPackage.RECORD__EXAMPLE:
				setExample((Boolean)newValue);
				return;
			case RectifyPackage.RECORD__ARCHIVAL_INFO:
				setArchivalInfo((ArchivalInfo)newValue);
				return;
			case RectifyPackage.RECORD__DOCUMENTS:
				getDocuments().clear();
				getDocuments().addAll((Collection<? extends AttachedDocument>)newValue);
				return;
			case RectifyPackage.RECORD__REVIEW:
				setReview((Review)newValue);
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
			case RectifyPackage.RECORD__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case RectifyPackage.RECORD__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case RectifyPackage.RECORD__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case RectifyPackage.RECORD__PLACE:
				setPlace(PLACE_EDEFAULT);
				return;
			case RectifyPackage.RECORD__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case RectifyPackage.RECORD__EXAMPLE:
				setExample(EXAMPLE_EDEFAULT);
				return;
			case RectifyPackage.RECORD__ARCHIVAL_INFO:
				setArchivalInfo((ArchivalInfo)null);
				return;
			case RectifyPackage.RECORD__DOCUMENTS:
				getDocuments().clear();
				return;
			case RectifyPackage.RECORD__REVIEW:
				setReview((Review)null);
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
			case RectifyPackage.RECORD__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case RectifyPackage.RECORD__YEAR:
				return year != YEAR_EDEFAULT;
			case RectifyPackage.RECORD__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case RectifyPackage.RECORD__PLACE:
				return PLACE_EDEFAULT == null ? place != null : !PLACE_EDEFAULT.equals(place);
			case RectifyPackage.RECORD__STATUS:
				return status != STATUS_EDEFAULT;
			case RectifyPackage.RECORD__EXAMPLE:
				return example != EXAMPLE_EDEFAULT;
			case RectifyPackage.RECORD__ARCHIVAL_INFO:
				return archivalInfo != null;
			case RectifyPackage.RECORD__DOCUMENTS:
				return documents != null && !documents.isEmpty();
			case RectifyPackage.RECORD__REVIEW:
				return review != null;
			case RectifyPackage.RECORD__ASPECT_COUNT:
				return getAspectCount() != ASPECT_COUNT_EDEFAULT;
			case RectifyPackage.RECORD__PROBLEM_COUNT:
				return getProblemCount() != PROBLEM_COUNT_EDEFAULT;
			case RectifyPackage.RECORD__CAUSE_COUNT:
				return getCauseCount() != CAUSE_COUNT_EDEFAULT;
			case RectifyPackage.RECORD__DIRECTION_COUNT:
				return getDirectionCount() != DIRECTION_COUNT_EDEFAULT;
			case RectifyPackage.RECORD__MEASURE_COUNT:
				return getMeasureCount() != MEASURE_COUNT_EDEFAULT;
			case RectifyPackage.RECORD__OPINION_COUNT:
				return getOpinionCount() != OPINION_COUNT_EDEFAULT;
			case RectifyPackage.RECORD__TALK_COUNT:
				return getTalkCount() != TALK_COUNT_EDEFAULT;
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
		result.append(" (title: ");
		result.append(title);
		result.append(", year: ");
		result.append(year);
		result.append(", date: ");
		result.append(date);
		result.append(", place: ");
		result.append(place);
		result.append(", status: ");
		result.append(status);
		result.append(", example: ");
		result.append(example);
		result.append(')');
		return result.toString();
	}

} //RecordImpl
