/**
 */
package rectify.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Inspection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An inspection (巡视, 巡察, 督查, safety inspection, audit) whose findings are rectified like the problems of a meeting.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.Inspection#getKind <em>Kind</em>}</li>
 *   <li>{@link rectify.model.Inspection#getInspectingBody <em>Inspecting Body</em>}</li>
 *   <li>{@link rectify.model.Inspection#getInspectedUnit <em>Inspected Unit</em>}</li>
 *   <li>{@link rectify.model.Inspection#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link rectify.model.Inspection#getPeriodEnd <em>Period End</em>}</li>
 *   <li>{@link rectify.model.Inspection#getFeedbackDate <em>Feedback Date</em>}</li>
 * </ul>
 *
 * @see rectify.model.RectifyPackage#getInspection()
 * @model
 * @generated
 */
public interface Inspection extends rectify.model.Record {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link rectify.model.InspectionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of inspection.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see rectify.model.InspectionKind
	 * @see #setKind(InspectionKind)
	 * @see rectify.model.RectifyPackage#getInspection_Kind()
	 * @model
	 * @generated
	 */
	InspectionKind getKind();

	/**
	 * Sets the value of the '{@link rectify.model.Inspection#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see rectify.model.InspectionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(InspectionKind value);

	/**
	 * Returns the value of the '<em><b>Inspecting Body</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The body that inspected, e.g. a patrol group of the superior.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inspecting Body</em>' reference.
	 * @see #setInspectingBody(OrgUnit)
	 * @see rectify.model.RectifyPackage#getInspection_InspectingBody()
	 * @model resolveProxies="false"
	 * @generated
	 */
	OrgUnit getInspectingBody();

	/**
	 * Sets the value of the '{@link rectify.model.Inspection#getInspectingBody <em>Inspecting Body</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inspecting Body</em>' reference.
	 * @see #getInspectingBody()
	 * @generated
	 */
	void setInspectingBody(OrgUnit value);

	/**
	 * Returns the value of the '<em><b>Inspected Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unit that was inspected.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inspected Unit</em>' reference.
	 * @see #setInspectedUnit(OrgUnit)
	 * @see rectify.model.RectifyPackage#getInspection_InspectedUnit()
	 * @model resolveProxies="false"
	 * @generated
	 */
	OrgUnit getInspectedUnit();

	/**
	 * Sets the value of the '{@link rectify.model.Inspection#getInspectedUnit <em>Inspected Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inspected Unit</em>' reference.
	 * @see #getInspectedUnit()
	 * @generated
	 */
	void setInspectedUnit(OrgUnit value);

	/**
	 * Returns the value of the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first day of the inspection.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period Start</em>' attribute.
	 * @see #setPeriodStart(LocalDate)
	 * @see rectify.model.RectifyPackage#getInspection_PeriodStart()
	 * @model dataType="rectify.model.LocalDate"
	 * @generated
	 */
	LocalDate getPeriodStart();

	/**
	 * Sets the value of the '{@link rectify.model.Inspection#getPeriodStart <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period Start</em>' attribute.
	 * @see #getPeriodStart()
	 * @generated
	 */
	void setPeriodStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last day of the inspection.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period End</em>' attribute.
	 * @see #setPeriodEnd(LocalDate)
	 * @see rectify.model.RectifyPackage#getInspection_PeriodEnd()
	 * @model dataType="rectify.model.LocalDate"
	 * @generated
	 */
	LocalDate getPeriodEnd();

	/**
	 * Sets the value of the '{@link rectify.model.Inspection#getPeriodEnd <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period End</em>' attribute.
	 * @see #getPeriodEnd()
	 * @generated
	 */
	void setPeriodEnd(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Feedback Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The date the findings were fed back to the inspected unit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Feedback Date</em>' attribute.
	 * @see #setFeedbackDate(LocalDate)
	 * @see rectify.model.RectifyPackage#getInspection_FeedbackDate()
	 * @model dataType="rectify.model.LocalDate"
	 * @generated
	 */
	LocalDate getFeedbackDate();

	/**
	 * Sets the value of the '{@link rectify.model.Inspection#getFeedbackDate <em>Feedback Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feedback Date</em>' attribute.
	 * @see #getFeedbackDate()
	 * @generated
	 */
	void setFeedbackDate(LocalDate value);

} // Inspection
