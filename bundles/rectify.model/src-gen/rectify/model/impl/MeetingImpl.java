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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectEList;
import org.eclipse.emf.ecore.util.InternalEList;

import rectify.model.Criticism;
import rectify.model.Meeting;
import rectify.model.MeetingKind;
import rectify.model.Notice;
import rectify.model.Person;
import rectify.model.RectifyPackage;
import rectify.model.Solicitation;
import rectify.model.StudySession;
import rectify.model.Talk;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Meeting</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.impl.MeetingImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link rectify.model.impl.MeetingImpl#getTheme <em>Theme</em>}</li>
 *   <li>{@link rectify.model.impl.MeetingImpl#getHost <em>Host</em>}</li>
 *   <li>{@link rectify.model.impl.MeetingImpl#getAttendees <em>Attendees</em>}</li>
 *   <li>{@link rectify.model.impl.MeetingImpl#getBasisNotice <em>Basis Notice</em>}</li>
 *   <li>{@link rectify.model.impl.MeetingImpl#getPlan <em>Plan</em>}</li>
 *   <li>{@link rectify.model.impl.MeetingImpl#getStudySessions <em>Study Sessions</em>}</li>
 *   <li>{@link rectify.model.impl.MeetingImpl#getSolicitations <em>Solicitations</em>}</li>
 *   <li>{@link rectify.model.impl.MeetingImpl#getTalks <em>Talks</em>}</li>
 *   <li>{@link rectify.model.impl.MeetingImpl#getCriticisms <em>Criticisms</em>}</li>
 *   <li>{@link rectify.model.impl.MeetingImpl#getMinutes <em>Minutes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MeetingImpl extends RecordImpl implements Meeting {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final MeetingKind KIND_EDEFAULT = MeetingKind.DEMOCRATIC_LIFE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected MeetingKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getTheme() <em>Theme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheme()
	 * @generated
	 * @ordered
	 */
	protected static final String THEME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTheme() <em>Theme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheme()
	 * @generated
	 * @ordered
	 */
	protected String theme = THEME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHost() <em>Host</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected Person host;

	/**
	 * The cached value of the '{@link #getAttendees() <em>Attendees</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttendees()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> attendees;

	/**
	 * The cached value of the '{@link #getBasisNotice() <em>Basis Notice</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasisNotice()
	 * @generated
	 * @ordered
	 */
	protected Notice basisNotice;

	/**
	 * The cached value of the '{@link #getPlan() <em>Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlan()
	 * @generated
	 * @ordered
	 */
	protected Notice plan;

	/**
	 * The cached value of the '{@link #getStudySessions() <em>Study Sessions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudySessions()
	 * @generated
	 * @ordered
	 */
	protected EList<StudySession> studySessions;

	/**
	 * The cached value of the '{@link #getSolicitations() <em>Solicitations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSolicitations()
	 * @generated
	 * @ordered
	 */
	protected EList<Solicitation> solicitations;

	/**
	 * The cached value of the '{@link #getTalks() <em>Talks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTalks()
	 * @generated
	 * @ordered
	 */
	protected EList<Talk> talks;

	/**
	 * The cached value of the '{@link #getCriticisms() <em>Criticisms</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriticisms()
	 * @generated
	 * @ordered
	 */
	protected EList<Criticism> criticisms;

	/**
	 * The default value of the '{@link #getMinutes() <em>Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final String MINUTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinutes() <em>Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinutes()
	 * @generated
	 * @ordered
	 */
	protected String minutes = MINUTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeetingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RectifyPackage.Literals.MEETING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeetingKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(MeetingKind newKind) {
		MeetingKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.MEETING__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTheme() {
		return theme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTheme(String newTheme) {
		String oldTheme = theme;
		theme = newTheme;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.MEETING__THEME, oldTheme, theme));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getHost() {
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(Person newHost) {
		Person oldHost = host;
		host = newHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.MEETING__HOST, oldHost, host));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getAttendees() {
		if (attendees == null) {
			attendees = new EObjectEList<Person>(Person.class, this, RectifyPackage.MEETING__ATTENDEES);
		}
		return attendees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Notice getBasisNotice() {
		return basisNotice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBasisNotice(Notice newBasisNotice) {
		Notice oldBasisNotice = basisNotice;
		basisNotice = newBasisNotice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.MEETING__BASIS_NOTICE, oldBasisNotice, basisNotice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Notice getPlan() {
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlan(Notice newPlan) {
		Notice oldPlan = plan;
		plan = newPlan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.MEETING__PLAN, oldPlan, plan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StudySession> getStudySessions() {
		if (studySessions == null) {
			studySessions = new EObjectContainmentEList<StudySession>(StudySession.class, this, RectifyPackage.MEETING__STUDY_SESSIONS);
		}
		return studySessions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Solicitation> getSolicitations() {
		if (solicitations == null) {
			solicitations = new EObjectContainmentEList<Solicitation>(Solicitation.class, this, RectifyPackage.MEETING__SOLICITATIONS);
		}
		return solicitations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Talk> getTalks() {
		if (talks == null) {
			talks = new EObjectContainmentEList<Talk>(Talk.class, this, RectifyPackage.MEETING__TALKS);
		}
		return talks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Criticism> getCriticisms() {
		if (criticisms == null) {
			criticisms = new EObjectContainmentEList<Criticism>(Criticism.class, this, RectifyPackage.MEETING__CRITICISMS);
		}
		return criticisms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMinutes() {
		return minutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinutes(String newMinutes) {
		String oldMinutes = minutes;
		minutes = newMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.MEETING__MINUTES, oldMinutes, minutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RectifyPackage.MEETING__STUDY_SESSIONS:
				return ((InternalEList<?>)getStudySessions()).basicRemove(otherEnd, msgs);
			case RectifyPackage.MEETING__SOLICITATIONS:
				return ((InternalEList<?>)getSolicitations()).basicRemove(otherEnd, msgs);
			case RectifyPackage.MEETING__TALKS:
				return ((InternalEList<?>)getTalks()).basicRemove(otherEnd, msgs);
			case RectifyPackage.MEETING__CRITICISMS:
				return ((InternalEList<?>)getCriticisms()).basicRemove(otherEnd, msgs);
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
			case RectifyPackage.MEETING__KIND:
				return getKind();
			case RectifyPackage.MEETING__THEME:
				return getTheme();
			case RectifyPackage.MEETING__HOST:
				return getHost();
			case RectifyPackage.MEETING__ATTENDEES:
				return getAttendees();
			case RectifyPackage.MEETING__BASIS_NOTICE:
				return getBasisNotice();
			case RectifyPackage.MEETING__PLAN:
				return getPlan();
			case RectifyPackage.MEETING__STUDY_SESSIONS:
				return getStudySessions();
			case RectifyPackage.MEETING__SOLICITATIONS:
				return getSolicitations();
			case RectifyPackage.MEETING__TALKS:
				return getTalks();
			case RectifyPackage.MEETING__CRITICISMS:
				return getCriticisms();
			case RectifyPackage.MEETING__MINUTES:
				return getMinutes();
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
			case RectifyPackage.MEETING__KIND:
				setKind((MeetingKind)newValue);
				return;
			case RectifyPackage.MEETING__THEME:
				setTheme((String)newValue);
				return;
			case RectifyPackage.MEETING__HOST:
				setHost((Person)newValue);
				return;
			case RectifyPackage.MEETING__ATTENDEES:
				getAttendees().clear();
				getAttendees().addAll((Collection<? extends Person>)newValue);
				return;
			case RectifyPackage.MEETING__BASIS_NOTICE:
				setBasisNotice((Notice)newValue);
				return;
			case RectifyPackage.MEETING__PLAN:
				setPlan((Notice)newValue);
				return;
			case RectifyPackage.MEETING__STUDY_SESSIONS:
				getStudySessions().clear();
				getStudySessions().addAll((Collection<? extends StudySession>)newValue);
				return;
			case RectifyPackage.MEETING__SOLICITATIONS:
				getSolicitations().clear();
				getSolicitations().addAll((Collection<? extends Solicitation>)newValue);
				return;
			case RectifyPackage.MEETING__TALKS:
				getTalks().clear();
				getTalks().addAll((Collection<? extends Talk>)newValue);
				return;
			case RectifyPackage.MEETING__CRITICISMS:
				getCriticisms().clear();
				getCriticisms().addAll((Collection<? extends Criticism>)newValue);
				return;
			case RectifyPackage.MEETING__MINUTES:
				setMinutes((String)newValue);
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
			case RectifyPackage.MEETING__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case RectifyPackage.MEETING__THEME:
				setTheme(THEME_EDEFAULT);
				return;
			case RectifyPackage.MEETING__HOST:
				setHost((Person)null);
				return;
			case RectifyPackage.MEETING__ATTENDEES:
				getAttendees().clear();
				return;
			case RectifyPackage.MEETING__BASIS_NOTICE:
				setBasisNotice((Notice)null);
				return;
			case RectifyPackage.MEETING__PLAN:
				setPlan((Notice)null);
				return;
			case RectifyPackage.MEETING__STUDY_SESSIONS:
				getStudySessions().clear();
				return;
			case RectifyPackage.MEETING__SOLICITATIONS:
				getSolicitations().clear();
				return;
			case RectifyPackage.MEETING__TALKS:
				getTalks().clear();
				return;
			case RectifyPackage.MEETING__CRITICISMS:
				getCriticisms().clear();
				return;
			case RectifyPackage.MEETING__MINUTES:
				setMinutes(MINUTES_EDEFAULT);
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
			case RectifyPackage.MEETING__KIND:
				return kind != KIND_EDEFAULT;
			case RectifyPackage.MEETING__THEME:
				return THEME_EDEFAULT == null ? theme != null : !THEME_EDEFAULT.equals(theme);
			case RectifyPackage.MEETING__HOST:
				return host != null;
			case RectifyPackage.MEETING__ATTENDEES:
				return attendees != null && !attendees.isEmpty();
			case RectifyPackage.MEETING__BASIS_NOTICE:
				return basisNotice != null;
			case RectifyPackage.MEETING__PLAN:
				return plan != null;
			case RectifyPackage.MEETING__STUDY_SESSIONS:
				return studySessions != null && !studySessions.isEmpty();
			case RectifyPackage.MEETING__SOLICITATIONS:
				return solicitations != null && !solicitations.isEmpty();
			case RectifyPackage.MEETING__TALKS:
				return talks != null && !talks.isEmpty();
			case RectifyPackage.MEETING__CRITICISMS:
				return criticisms != null && !criticisms.isEmpty();
			case RectifyPackage.MEETING__MINUTES:
				return MINUTES_EDEFAULT == null ? minutes != null : !MINUTES_EDEFAULT.equals(minutes);
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
		result.append(", theme: ");
		result.append(theme);
		result.append(", minutes: ");
		result.append(minutes);
		result.append(')');
		return result.toString();
	}

} //MeetingImpl
