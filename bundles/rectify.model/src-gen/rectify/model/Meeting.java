/**
 */
package rectify.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Meeting</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A meeting of a leadership team or a party organization, such as the annual democratic life meeting, with its preparation (study, opinion solicitation, talks) and what was said.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.Meeting#getKind <em>Kind</em>}</li>
 *   <li>{@link rectify.model.Meeting#getTheme <em>Theme</em>}</li>
 *   <li>{@link rectify.model.Meeting#getHost <em>Host</em>}</li>
 *   <li>{@link rectify.model.Meeting#getAttendees <em>Attendees</em>}</li>
 *   <li>{@link rectify.model.Meeting#getBasisNotice <em>Basis Notice</em>}</li>
 *   <li>{@link rectify.model.Meeting#getPlan <em>Plan</em>}</li>
 *   <li>{@link rectify.model.Meeting#getStudySessions <em>Study Sessions</em>}</li>
 *   <li>{@link rectify.model.Meeting#getSolicitations <em>Solicitations</em>}</li>
 *   <li>{@link rectify.model.Meeting#getTalks <em>Talks</em>}</li>
 *   <li>{@link rectify.model.Meeting#getCriticisms <em>Criticisms</em>}</li>
 *   <li>{@link rectify.model.Meeting#getMinutes <em>Minutes</em>}</li>
 * </ul>
 *
 * @see rectify.model.RectifyPackage#getMeeting()
 * @model
 * @generated
 */
public interface Meeting extends rectify.model.Record {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link rectify.model.MeetingKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of meeting.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see rectify.model.MeetingKind
	 * @see #setKind(MeetingKind)
	 * @see rectify.model.RectifyPackage#getMeeting_Kind()
	 * @model
	 * @generated
	 */
	MeetingKind getKind();

	/**
	 * Sets the value of the '{@link rectify.model.Meeting#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see rectify.model.MeetingKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MeetingKind value);

	/**
	 * Returns the value of the '<em><b>Theme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The theme (主题) set for the meeting.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Theme</em>' attribute.
	 * @see #setTheme(String)
	 * @see rectify.model.RectifyPackage#getMeeting_Theme()
	 * @model
	 * @generated
	 */
	String getTheme();

	/**
	 * Sets the value of the '{@link rectify.model.Meeting#getTheme <em>Theme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Theme</em>' attribute.
	 * @see #getTheme()
	 * @generated
	 */
	void setTheme(String value);

	/**
	 * Returns the value of the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person who presided.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host</em>' reference.
	 * @see #setHost(Person)
	 * @see rectify.model.RectifyPackage#getMeeting_Host()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Person getHost();

	/**
	 * Sets the value of the '{@link rectify.model.Meeting#getHost <em>Host</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' reference.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(Person value);

	/**
	 * Returns the value of the '<em><b>Attendees</b></em>' reference list.
	 * The list contents are of type {@link rectify.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The people who attended.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attendees</em>' reference list.
	 * @see rectify.model.RectifyPackage#getMeeting_Attendees()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<Person> getAttendees();

	/**
	 * Returns the value of the '<em><b>Basis Notice</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The superior's notice the meeting answers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Basis Notice</em>' reference.
	 * @see #setBasisNotice(Notice)
	 * @see rectify.model.RectifyPackage#getMeeting_BasisNotice()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Notice getBasisNotice();

	/**
	 * Sets the value of the '{@link rectify.model.Meeting#getBasisNotice <em>Basis Notice</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Basis Notice</em>' reference.
	 * @see #getBasisNotice()
	 * @generated
	 */
	void setBasisNotice(Notice value);

	/**
	 * Returns the value of the '<em><b>Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organization's own implementation plan (实施方案) for the meeting.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Plan</em>' reference.
	 * @see #setPlan(Notice)
	 * @see rectify.model.RectifyPackage#getMeeting_Plan()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Notice getPlan();

	/**
	 * Sets the value of the '{@link rectify.model.Meeting#getPlan <em>Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan</em>' reference.
	 * @see #getPlan()
	 * @generated
	 */
	void setPlan(Notice value);

	/**
	 * Returns the value of the '<em><b>Study Sessions</b></em>' containment reference list.
	 * The list contents are of type {@link rectify.model.StudySession}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The study done to prepare the meeting.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Study Sessions</em>' containment reference list.
	 * @see rectify.model.RectifyPackage#getMeeting_StudySessions()
	 * @model containment="true"
	 * @generated
	 */
	EList<StudySession> getStudySessions();

	/**
	 * Returns the value of the '<em><b>Solicitations</b></em>' containment reference list.
	 * The list contents are of type {@link rectify.model.Solicitation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The opinion solicitations done to prepare the meeting.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Solicitations</em>' containment reference list.
	 * @see rectify.model.RectifyPackage#getMeeting_Solicitations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Solicitation> getSolicitations();

	/**
	 * Returns the value of the '<em><b>Talks</b></em>' containment reference list.
	 * The list contents are of type {@link rectify.model.Talk}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The heart-to-heart talks held to prepare the meeting.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Talks</em>' containment reference list.
	 * @see rectify.model.RectifyPackage#getMeeting_Talks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Talk> getTalks();

	/**
	 * Returns the value of the '<em><b>Criticisms</b></em>' containment reference list.
	 * The list contents are of type {@link rectify.model.Criticism}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The criticisms and self-criticisms exchanged at the meeting.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Criticisms</em>' containment reference list.
	 * @see rectify.model.RectifyPackage#getMeeting_Criticisms()
	 * @model containment="true"
	 * @generated
	 */
	EList<Criticism> getCriticisms();

	/**
	 * Returns the value of the '<em><b>Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The minutes of the meeting.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minutes</em>' attribute.
	 * @see #setMinutes(String)
	 * @see rectify.model.RectifyPackage#getMeeting_Minutes()
	 * @model
	 * @generated
	 */
	String getMinutes();

	/**
	 * Sets the value of the '{@link rectify.model.Meeting#getMinutes <em>Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minutes</em>' attribute.
	 * @see #getMinutes()
	 * @generated
	 */
	void setMinutes(String value);

} // Meeting
