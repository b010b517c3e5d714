/**
 */
package rectify.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Measure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A corrective or preventive measure (整改措施), followed in the rectification ledger until it is closed (销号).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.Measure#getText <em>Text</em>}</li>
 *   <li>{@link rectify.model.Measure#getProblems <em>Problems</em>}</li>
 *   <li>{@link rectify.model.Measure#getCauses <em>Causes</em>}</li>
 *   <li>{@link rectify.model.Measure#getKind <em>Kind</em>}</li>
 *   <li>{@link rectify.model.Measure#getResponsibleLeader <em>Responsible Leader</em>}</li>
 *   <li>{@link rectify.model.Measure#getResponsibleUnit <em>Responsible Unit</em>}</li>
 *   <li>{@link rectify.model.Measure#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link rectify.model.Measure#getStatus <em>Status</em>}</li>
 *   <li>{@link rectify.model.Measure#getProgress <em>Progress</em>}</li>
 *   <li>{@link rectify.model.Measure#getDeadlineChanges <em>Deadline Changes</em>}</li>
 *   <li>{@link rectify.model.Measure#getVerification <em>Verification</em>}</li>
 *   <li>{@link rectify.model.Measure#getEarlierVerifications <em>Earlier Verifications</em>}</li>
 * </ul>
 *
 * @see rectify.model.RectifyPackage#getMeasure()
 * @model
 * @generated
 */
public interface Measure extends ChainElement {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The sentences after the headline, as written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see rectify.model.RectifyPackage#getMeasure_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link rectify.model.Measure#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Problems</b></em>' reference list.
	 * The list contents are of type {@link rectify.model.Problem}.
	 * It is bidirectional and its opposite is '{@link rectify.model.Problem#getMeasures <em>Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The problems the measure remedies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Problems</em>' reference list.
	 * @see rectify.model.RectifyPackage#getMeasure_Problems()
	 * @see rectify.model.Problem#getMeasures
	 * @model opposite="measures" resolveProxies="false"
	 * @generated
	 */
	EList<Problem> getProblems();

	/**
	 * Returns the value of the '<em><b>Causes</b></em>' reference list.
	 * The list contents are of type {@link rectify.model.Cause}.
	 * It is bidirectional and its opposite is '{@link rectify.model.Cause#getMeasures <em>Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The causes the measure addresses.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Causes</em>' reference list.
	 * @see rectify.model.RectifyPackage#getMeasure_Causes()
	 * @see rectify.model.Cause#getMeasures
	 * @model opposite="measures" resolveProxies="false"
	 * @generated
	 */
	EList<Cause> getCauses();

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link rectify.model.MeasureKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the measure is done at once, kept up, or writes rules.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see rectify.model.MeasureKind
	 * @see #setKind(MeasureKind)
	 * @see rectify.model.RectifyPackage#getMeasure_Kind()
	 * @model
	 * @generated
	 */
	MeasureKind getKind();

	/**
	 * Sets the value of the '{@link rectify.model.Measure#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see rectify.model.MeasureKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MeasureKind value);

	/**
	 * Returns the value of the '<em><b>Responsible Leader</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The leader responsible (责任领导).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Responsible Leader</em>' reference.
	 * @see #setResponsibleLeader(Person)
	 * @see rectify.model.RectifyPackage#getMeasure_ResponsibleLeader()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Person getResponsibleLeader();

	/**
	 * Sets the value of the '{@link rectify.model.Measure#getResponsibleLeader <em>Responsible Leader</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible Leader</em>' reference.
	 * @see #getResponsibleLeader()
	 * @generated
	 */
	void setResponsibleLeader(Person value);

	/**
	 * Returns the value of the '<em><b>Responsible Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unit responsible (责任单位).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Responsible Unit</em>' reference.
	 * @see #setResponsibleUnit(OrgUnit)
	 * @see rectify.model.RectifyPackage#getMeasure_ResponsibleUnit()
	 * @model resolveProxies="false"
	 * @generated
	 */
	OrgUnit getResponsibleUnit();

	/**
	 * Sets the value of the '{@link rectify.model.Measure#getResponsibleUnit <em>Responsible Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible Unit</em>' reference.
	 * @see #getResponsibleUnit()
	 * @generated
	 */
	void setResponsibleUnit(OrgUnit value);

	/**
	 * Returns the value of the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The current deadline (完成时限); earlier ones are in the deadline changes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deadline</em>' attribute.
	 * @see #setDeadline(LocalDate)
	 * @see rectify.model.RectifyPackage#getMeasure_Deadline()
	 * @model dataType="rectify.model.LocalDate"
	 * @generated
	 */
	LocalDate getDeadline();

	/**
	 * Sets the value of the '{@link rectify.model.Measure#getDeadline <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deadline</em>' attribute.
	 * @see #getDeadline()
	 * @generated
	 */
	void setDeadline(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link rectify.model.MeasureStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How far the measure has come.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see rectify.model.MeasureStatus
	 * @see #setStatus(MeasureStatus)
	 * @see rectify.model.RectifyPackage#getMeasure_Status()
	 * @model
	 * @generated
	 */
	MeasureStatus getStatus();

	/**
	 * Sets the value of the '{@link rectify.model.Measure#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see rectify.model.MeasureStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(MeasureStatus value);

	/**
	 * Returns the value of the '<em><b>Progress</b></em>' containment reference list.
	 * The list contents are of type {@link rectify.model.ProgressEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What was done, entry by entry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Progress</em>' containment reference list.
	 * @see rectify.model.RectifyPackage#getMeasure_Progress()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProgressEntry> getProgress();

	/**
	 * Returns the value of the '<em><b>Deadline Changes</b></em>' containment reference list.
	 * The list contents are of type {@link rectify.model.DeadlineChange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Each change of the deadline, with its reason.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deadline Changes</em>' containment reference list.
	 * @see rectify.model.RectifyPackage#getMeasure_DeadlineChanges()
	 * @model containment="true"
	 * @generated
	 */
	EList<DeadlineChange> getDeadlineChanges();

	/**
	 * Returns the value of the '<em><b>Verification</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The check of the measure's effect.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Verification</em>' containment reference.
	 * @see #setVerification(Verification)
	 * @see rectify.model.RectifyPackage#getMeasure_Verification()
	 * @model containment="true"
	 * @generated
	 */
	Verification getVerification();

	/**
	 * Sets the value of the '{@link rectify.model.Measure#getVerification <em>Verification</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verification</em>' containment reference.
	 * @see #getVerification()
	 * @generated
	 */
	void setVerification(Verification value);

	/**
	 * Returns the value of the '<em><b>Earlier Verifications</b></em>' containment reference list.
	 * The list contents are of type {@link rectify.model.Verification}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The checks that found the measure not effective and reopened it, oldest first; kept when the measure is checked again.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Earlier Verifications</em>' containment reference list.
	 * @see rectify.model.RectifyPackage#getMeasure_EarlierVerifications()
	 * @model containment="true"
	 * @generated
	 */
	EList<Verification> getEarlierVerifications();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the measure is overdue on the given day: it has a deadline before that day and is neither done nor closed.
	 * @param on The day to judge on.
	 * <!-- end-model-doc -->
	 * @model onDataType="rectify.model.LocalDate"
	 * @generated
	 */
	boolean isOverdue(LocalDate on);

} // Measure
