/**
 */
package rectify.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Opinion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An opinion or suggestion (意见建议) received in a solicitation, and what was done with it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.Opinion#getText <em>Text</em>}</li>
 *   <li>{@link rectify.model.Opinion#getSourceUnit <em>Source Unit</em>}</li>
 *   <li>{@link rectify.model.Opinion#getSourceKind <em>Source Kind</em>}</li>
 *   <li>{@link rectify.model.Opinion#getChannel <em>Channel</em>}</li>
 *   <li>{@link rectify.model.Opinion#getDate <em>Date</em>}</li>
 *   <li>{@link rectify.model.Opinion#getDisposition <em>Disposition</em>}</li>
 *   <li>{@link rectify.model.Opinion#getReason <em>Reason</em>}</li>
 *   <li>{@link rectify.model.Opinion#getProblems <em>Problems</em>}</li>
 *   <li>{@link rectify.model.Opinion#isFeedbackGiven <em>Feedback Given</em>}</li>
 * </ul>
 *
 * @see rectify.model.RectifyPackage#getOpinion()
 * @model
 * @generated
 */
public interface Opinion extends EObject {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The opinion as received.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see rectify.model.RectifyPackage#getOpinion_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link rectify.model.Opinion#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Source Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unit the opinion came from, when known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Unit</em>' reference.
	 * @see #setSourceUnit(OrgUnit)
	 * @see rectify.model.RectifyPackage#getOpinion_SourceUnit()
	 * @model resolveProxies="false"
	 * @generated
	 */
	OrgUnit getSourceUnit();

	/**
	 * Sets the value of the '{@link rectify.model.Opinion#getSourceUnit <em>Source Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Unit</em>' reference.
	 * @see #getSourceUnit()
	 * @generated
	 */
	void setSourceUnit(OrgUnit value);

	/**
	 * Returns the value of the '<em><b>Source Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link rectify.model.OrgUnitKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of source, when the unit is not named.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Kind</em>' attribute.
	 * @see rectify.model.OrgUnitKind
	 * @see #isSetSourceKind()
	 * @see #unsetSourceKind()
	 * @see #setSourceKind(OrgUnitKind)
	 * @see rectify.model.RectifyPackage#getOpinion_SourceKind()
	 * @model unsettable="true"
	 * @generated
	 */
	OrgUnitKind getSourceKind();

	/**
	 * Sets the value of the '{@link rectify.model.Opinion#getSourceKind <em>Source Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Kind</em>' attribute.
	 * @see rectify.model.OrgUnitKind
	 * @see #isSetSourceKind()
	 * @see #unsetSourceKind()
	 * @see #getSourceKind()
	 * @generated
	 */
	void setSourceKind(OrgUnitKind value);

	/**
	 * Unsets the value of the '{@link rectify.model.Opinion#getSourceKind <em>Source Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSourceKind()
	 * @see #getSourceKind()
	 * @see #setSourceKind(OrgUnitKind)
	 * @generated
	 */
	void unsetSourceKind();

	/**
	 * Returns whether the value of the '{@link rectify.model.Opinion#getSourceKind <em>Source Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Source Kind</em>' attribute is set.
	 * @see #unsetSourceKind()
	 * @see #getSourceKind()
	 * @see #setSourceKind(OrgUnitKind)
	 * @generated
	 */
	boolean isSetSourceKind();

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * The literals are from the enumeration {@link rectify.model.OpinionChannel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The channel through which it came.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see rectify.model.OpinionChannel
	 * @see #setChannel(OpinionChannel)
	 * @see rectify.model.RectifyPackage#getOpinion_Channel()
	 * @model
	 * @generated
	 */
	OpinionChannel getChannel();

	/**
	 * Sets the value of the '{@link rectify.model.Opinion#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see rectify.model.OpinionChannel
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(OpinionChannel value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The date it was received.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see rectify.model.RectifyPackage#getOpinion_Date()
	 * @model dataType="rectify.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link rectify.model.Opinion#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Disposition</b></em>' attribute.
	 * The literals are from the enumeration {@link rectify.model.Disposition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What was done with the opinion.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Disposition</em>' attribute.
	 * @see rectify.model.Disposition
	 * @see #setDisposition(Disposition)
	 * @see rectify.model.RectifyPackage#getOpinion_Disposition()
	 * @model
	 * @generated
	 */
	Disposition getDisposition();

	/**
	 * Sets the value of the '{@link rectify.model.Opinion#getDisposition <em>Disposition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disposition</em>' attribute.
	 * @see rectify.model.Disposition
	 * @see #getDisposition()
	 * @generated
	 */
	void setDisposition(Disposition value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the opinion was merged or not adopted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see rectify.model.RectifyPackage#getOpinion_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link rectify.model.Opinion#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Problems</b></em>' reference list.
	 * The list contents are of type {@link rectify.model.Problem}.
	 * It is bidirectional and its opposite is '{@link rectify.model.Problem#getSourceOpinions <em>Source Opinions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The problems the opinion was adopted as or merged into.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Problems</em>' reference list.
	 * @see rectify.model.RectifyPackage#getOpinion_Problems()
	 * @see rectify.model.Problem#getSourceOpinions
	 * @model opposite="sourceOpinions" resolveProxies="false"
	 * @generated
	 */
	EList<Problem> getProblems();

	/**
	 * Returns the value of the '<em><b>Feedback Given</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the source was told what became of the opinion.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Feedback Given</em>' attribute.
	 * @see #setFeedbackGiven(boolean)
	 * @see rectify.model.RectifyPackage#getOpinion_FeedbackGiven()
	 * @model
	 * @generated
	 */
	boolean isFeedbackGiven();

	/**
	 * Sets the value of the '{@link rectify.model.Opinion#isFeedbackGiven <em>Feedback Given</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feedback Given</em>' attribute.
	 * @see #isFeedbackGiven()
	 * @generated
	 */
	void setFeedbackGiven(boolean value);

} // Opinion
