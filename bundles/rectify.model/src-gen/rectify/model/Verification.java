/**
 */
package rectify.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Verification</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The check of a done measure's effect, before it is closed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.Verification#getDate <em>Date</em>}</li>
 *   <li>{@link rectify.model.Verification#getVerifier <em>Verifier</em>}</li>
 *   <li>{@link rectify.model.Verification#getResult <em>Result</em>}</li>
 *   <li>{@link rectify.model.Verification#getRemarks <em>Remarks</em>}</li>
 * </ul>
 *
 * @see rectify.model.RectifyPackage#getVerification()
 * @model
 * @generated
 */
public interface Verification extends EObject {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The date of the check.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see rectify.model.RectifyPackage#getVerification_Date()
	 * @model dataType="rectify.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link rectify.model.Verification#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Verifier</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who checked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Verifier</em>' reference.
	 * @see #setVerifier(Person)
	 * @see rectify.model.RectifyPackage#getVerification_Verifier()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Person getVerifier();

	/**
	 * Sets the value of the '{@link rectify.model.Verification#getVerifier <em>Verifier</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verifier</em>' reference.
	 * @see #getVerifier()
	 * @generated
	 */
	void setVerifier(Person value);

	/**
	 * Returns the value of the '<em><b>Result</b></em>' attribute.
	 * The literals are from the enumeration {@link rectify.model.VerificationResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How effective the measure was found.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Result</em>' attribute.
	 * @see rectify.model.VerificationResult
	 * @see #setResult(VerificationResult)
	 * @see rectify.model.RectifyPackage#getVerification_Result()
	 * @model
	 * @generated
	 */
	VerificationResult getResult();

	/**
	 * Sets the value of the '{@link rectify.model.Verification#getResult <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Result</em>' attribute.
	 * @see rectify.model.VerificationResult
	 * @see #getResult()
	 * @generated
	 */
	void setResult(VerificationResult value);

	/**
	 * Returns the value of the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Remarks of the verifier.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Remarks</em>' attribute.
	 * @see #setRemarks(String)
	 * @see rectify.model.RectifyPackage#getVerification_Remarks()
	 * @model
	 * @generated
	 */
	String getRemarks();

	/**
	 * Sets the value of the '{@link rectify.model.Verification#getRemarks <em>Remarks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remarks</em>' attribute.
	 * @see #getRemarks()
	 * @generated
	 */
	void setRemarks(String value);

} // Verification
