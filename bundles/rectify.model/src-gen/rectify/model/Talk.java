/**
 */
package rectify.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Talk</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A heart-to-heart talk (谈心谈话) between two people, or between groups described in words.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.Talk#getInitiator <em>Initiator</em>}</li>
 *   <li>{@link rectify.model.Talk#getInitiatorDescription <em>Initiator Description</em>}</li>
 *   <li>{@link rectify.model.Talk#getPartner <em>Partner</em>}</li>
 *   <li>{@link rectify.model.Talk#getPartnerDescription <em>Partner Description</em>}</li>
 *   <li>{@link rectify.model.Talk#getDate <em>Date</em>}</li>
 *   <li>{@link rectify.model.Talk#getPairing <em>Pairing</em>}</li>
 *   <li>{@link rectify.model.Talk#getSummary <em>Summary</em>}</li>
 * </ul>
 *
 * @see rectify.model.RectifyPackage#getTalk()
 * @model
 * @generated
 */
public interface Talk extends EObject {
	/**
	 * Returns the value of the '<em><b>Initiator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person who led the talk.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Initiator</em>' reference.
	 * @see #setInitiator(Person)
	 * @see rectify.model.RectifyPackage#getTalk_Initiator()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Person getInitiator();

	/**
	 * Sets the value of the '{@link rectify.model.Talk#getInitiator <em>Initiator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initiator</em>' reference.
	 * @see #getInitiator()
	 * @generated
	 */
	void setInitiator(Person value);

	/**
	 * Returns the value of the '<em><b>Initiator Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who led the talk, when not a recorded person (e.g. 党委书记).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Initiator Description</em>' attribute.
	 * @see #setInitiatorDescription(String)
	 * @see rectify.model.RectifyPackage#getTalk_InitiatorDescription()
	 * @model
	 * @generated
	 */
	String getInitiatorDescription();

	/**
	 * Sets the value of the '{@link rectify.model.Talk#getInitiatorDescription <em>Initiator Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initiator Description</em>' attribute.
	 * @see #getInitiatorDescription()
	 * @generated
	 */
	void setInitiatorDescription(String value);

	/**
	 * Returns the value of the '<em><b>Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person talked with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partner</em>' reference.
	 * @see #setPartner(Person)
	 * @see rectify.model.RectifyPackage#getTalk_Partner()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Person getPartner();

	/**
	 * Sets the value of the '{@link rectify.model.Talk#getPartner <em>Partner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partner</em>' reference.
	 * @see #getPartner()
	 * @generated
	 */
	void setPartner(Person value);

	/**
	 * Returns the value of the '<em><b>Partner Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who was talked with, when not a recorded person (e.g. 分管处室负责人).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partner Description</em>' attribute.
	 * @see #setPartnerDescription(String)
	 * @see rectify.model.RectifyPackage#getTalk_PartnerDescription()
	 * @model
	 * @generated
	 */
	String getPartnerDescription();

	/**
	 * Sets the value of the '{@link rectify.model.Talk#getPartnerDescription <em>Partner Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partner Description</em>' attribute.
	 * @see #getPartnerDescription()
	 * @generated
	 */
	void setPartnerDescription(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The date of the talk.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see rectify.model.RectifyPackage#getTalk_Date()
	 * @model dataType="rectify.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link rectify.model.Talk#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Pairing</b></em>' attribute.
	 * The literals are from the enumeration {@link rectify.model.TalkPairing}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which of the five mandatory pairings (五必谈) the talk fulfils.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pairing</em>' attribute.
	 * @see rectify.model.TalkPairing
	 * @see #setPairing(TalkPairing)
	 * @see rectify.model.RectifyPackage#getTalk_Pairing()
	 * @model
	 * @generated
	 */
	TalkPairing getPairing();

	/**
	 * Sets the value of the '{@link rectify.model.Talk#getPairing <em>Pairing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pairing</em>' attribute.
	 * @see rectify.model.TalkPairing
	 * @see #getPairing()
	 * @generated
	 */
	void setPairing(TalkPairing value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What was talked about.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see rectify.model.RectifyPackage#getTalk_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link rectify.model.Talk#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

} // Talk
