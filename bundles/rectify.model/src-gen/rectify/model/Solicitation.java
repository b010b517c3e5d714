/**
 */
package rectify.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Solicitation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A round of opinion solicitation (征求意见) before a meeting.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.Solicitation#getChannels <em>Channels</em>}</li>
 *   <li>{@link rectify.model.Solicitation#getSourceKinds <em>Source Kinds</em>}</li>
 *   <li>{@link rectify.model.Solicitation#getReportedCount <em>Reported Count</em>}</li>
 *   <li>{@link rectify.model.Solicitation#getOpinions <em>Opinions</em>}</li>
 * </ul>
 *
 * @see rectify.model.RectifyPackage#getSolicitation()
 * @model
 * @generated
 */
public interface Solicitation extends EObject {
	/**
	 * Returns the value of the '<em><b>Channels</b></em>' attribute list.
	 * The list contents are of type {@link rectify.model.OpinionChannel}.
	 * The literals are from the enumeration {@link rectify.model.OpinionChannel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The channels through which opinions were collected.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channels</em>' attribute list.
	 * @see rectify.model.OpinionChannel
	 * @see rectify.model.RectifyPackage#getSolicitation_Channels()
	 * @model
	 * @generated
	 */
	EList<OpinionChannel> getChannels();

	/**
	 * Returns the value of the '<em><b>Source Kinds</b></em>' attribute list.
	 * The list contents are of type {@link rectify.model.OrgUnitKind}.
	 * The literals are from the enumeration {@link rectify.model.OrgUnitKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kinds of units opinions were collected from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Kinds</em>' attribute list.
	 * @see rectify.model.OrgUnitKind
	 * @see rectify.model.RectifyPackage#getSolicitation_SourceKinds()
	 * @model
	 * @generated
	 */
	EList<OrgUnitKind> getSourceKinds();

	/**
	 * Returns the value of the '<em><b>Reported Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number of opinions collected as the record reports it (e.g. 88); it may exceed the opinions entered one by one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reported Count</em>' attribute.
	 * @see #setReportedCount(int)
	 * @see rectify.model.RectifyPackage#getSolicitation_ReportedCount()
	 * @model
	 * @generated
	 */
	int getReportedCount();

	/**
	 * Sets the value of the '{@link rectify.model.Solicitation#getReportedCount <em>Reported Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reported Count</em>' attribute.
	 * @see #getReportedCount()
	 * @generated
	 */
	void setReportedCount(int value);

	/**
	 * Returns the value of the '<em><b>Opinions</b></em>' containment reference list.
	 * The list contents are of type {@link rectify.model.Opinion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The opinions entered one by one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Opinions</em>' containment reference list.
	 * @see rectify.model.RectifyPackage#getSolicitation_Opinions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Opinion> getOpinions();

} // Solicitation
