/**
 */
package rectify.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Deadline Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A change of a measure's deadline.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.DeadlineChange#getDate <em>Date</em>}</li>
 *   <li>{@link rectify.model.DeadlineChange#getPreviousDeadline <em>Previous Deadline</em>}</li>
 *   <li>{@link rectify.model.DeadlineChange#getNewDeadline <em>New Deadline</em>}</li>
 *   <li>{@link rectify.model.DeadlineChange#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see rectify.model.RectifyPackage#getDeadlineChange()
 * @model
 * @generated
 */
public interface DeadlineChange extends EObject {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The date of the change.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see rectify.model.RectifyPackage#getDeadlineChange_Date()
	 * @model dataType="rectify.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link rectify.model.DeadlineChange#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Previous Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The deadline before the change.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Previous Deadline</em>' attribute.
	 * @see #setPreviousDeadline(LocalDate)
	 * @see rectify.model.RectifyPackage#getDeadlineChange_PreviousDeadline()
	 * @model dataType="rectify.model.LocalDate"
	 * @generated
	 */
	LocalDate getPreviousDeadline();

	/**
	 * Sets the value of the '{@link rectify.model.DeadlineChange#getPreviousDeadline <em>Previous Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Previous Deadline</em>' attribute.
	 * @see #getPreviousDeadline()
	 * @generated
	 */
	void setPreviousDeadline(LocalDate value);

	/**
	 * Returns the value of the '<em><b>New Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The deadline after the change.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>New Deadline</em>' attribute.
	 * @see #setNewDeadline(LocalDate)
	 * @see rectify.model.RectifyPackage#getDeadlineChange_NewDeadline()
	 * @model dataType="rectify.model.LocalDate"
	 * @generated
	 */
	LocalDate getNewDeadline();

	/**
	 * Sets the value of the '{@link rectify.model.DeadlineChange#getNewDeadline <em>New Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Deadline</em>' attribute.
	 * @see #getNewDeadline()
	 * @generated
	 */
	void setNewDeadline(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the deadline changed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see rectify.model.RectifyPackage#getDeadlineChange_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link rectify.model.DeadlineChange#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

} // DeadlineChange
