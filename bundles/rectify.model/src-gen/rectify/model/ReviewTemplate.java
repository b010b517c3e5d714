/**
 */
package rectify.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Review Template</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a notice requires of a review: the aspects to examine and the minimum number of problems under each. It drives completeness checks and new records.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.ReviewTemplate#getName <em>Name</em>}</li>
 *   <li>{@link rectify.model.ReviewTemplate#getNotice <em>Notice</em>}</li>
 *   <li>{@link rectify.model.ReviewTemplate#getAspects <em>Aspects</em>}</li>
 * </ul>
 *
 * @see rectify.model.RectifyPackage#getReviewTemplate()
 * @model
 * @generated
 */
public interface ReviewTemplate extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the template, e.g. 2021年度民主生活会.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see rectify.model.RectifyPackage#getReviewTemplate_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link rectify.model.ReviewTemplate#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Notice</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The notice the template was taken from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notice</em>' reference.
	 * @see #setNotice(Notice)
	 * @see rectify.model.RectifyPackage#getReviewTemplate_Notice()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Notice getNotice();

	/**
	 * Sets the value of the '{@link rectify.model.ReviewTemplate#getNotice <em>Notice</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notice</em>' reference.
	 * @see #getNotice()
	 * @generated
	 */
	void setNotice(Notice value);

	/**
	 * Returns the value of the '<em><b>Aspects</b></em>' containment reference list.
	 * The list contents are of type {@link rectify.model.RequiredAspect}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The required aspects, in the order the notice gives them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Aspects</em>' containment reference list.
	 * @see rectify.model.RectifyPackage#getReviewTemplate_Aspects()
	 * @model containment="true"
	 * @generated
	 */
	EList<RequiredAspect> getAspects();

} // ReviewTemplate
