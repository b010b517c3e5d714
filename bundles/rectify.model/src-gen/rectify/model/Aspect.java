/**
 */
package rectify.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Aspect</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An aspect (查摆方面) under which problems are listed; its heading is usually set by the notice.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.Aspect#getLabel <em>Label</em>}</li>
 *   <li>{@link rectify.model.Aspect#getTitle <em>Title</em>}</li>
 *   <li>{@link rectify.model.Aspect#getSummary <em>Summary</em>}</li>
 *   <li>{@link rectify.model.Aspect#getShortName <em>Short Name</em>}</li>
 *   <li>{@link rectify.model.Aspect#getRequirement <em>Requirement</em>}</li>
 *   <li>{@link rectify.model.Aspect#getProblems <em>Problems</em>}</li>
 *   <li>{@link rectify.model.Aspect#getPosition <em>Position</em>}</li>
 * </ul>
 *
 * @see rectify.model.RectifyPackage#getAspect()
 * @model
 * @generated
 */
public interface Aspect extends EObject {
	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number label exactly as written, e.g. (一) or （三）; empty when the document has none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see rectify.model.RectifyPackage#getAspect_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link rectify.model.Aspect#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The heading exactly as written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see rectify.model.RectifyPackage#getAspect_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link rectify.model.Aspect#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the document says of the aspect as a whole before its problems, as written, such as the sentence before problems written 一是…二是…; empty when it says nothing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see rectify.model.RectifyPackage#getAspect_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link rectify.model.Aspect#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Short Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A short name for lists and diagrams.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Short Name</em>' attribute.
	 * @see #setShortName(String)
	 * @see rectify.model.RectifyPackage#getAspect_ShortName()
	 * @model
	 * @generated
	 */
	String getShortName();

	/**
	 * Sets the value of the '{@link rectify.model.Aspect#getShortName <em>Short Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Short Name</em>' attribute.
	 * @see #getShortName()
	 * @generated
	 */
	void setShortName(String value);

	/**
	 * Returns the value of the '<em><b>Requirement</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The template's required aspect this aspect answers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Requirement</em>' reference.
	 * @see #setRequirement(RequiredAspect)
	 * @see rectify.model.RectifyPackage#getAspect_Requirement()
	 * @model resolveProxies="false"
	 * @generated
	 */
	RequiredAspect getRequirement();

	/**
	 * Sets the value of the '{@link rectify.model.Aspect#getRequirement <em>Requirement</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Requirement</em>' reference.
	 * @see #getRequirement()
	 * @generated
	 */
	void setRequirement(RequiredAspect value);

	/**
	 * Returns the value of the '<em><b>Problems</b></em>' containment reference list.
	 * The list contents are of type {@link rectify.model.Problem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The problems listed under the aspect, in document order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Problems</em>' containment reference list.
	 * @see rectify.model.RectifyPackage#getAspect_Problems()
	 * @model containment="true"
	 * @generated
	 */
	EList<Problem> getProblems();

	/**
	 * Returns the value of the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The place of the aspect in its review, 1 for the first; 0 when it is in no review. Problems and measures are numbered under it, e.g. 2.1 for the first problem of the second aspect.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Position</em>' attribute.
	 * @see rectify.model.RectifyPackage#getAspect_Position()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	int getPosition();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number for a new problem of this aspect: one more than the highest so far, 1 for the first.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	int nextProblemNumber();

} // Aspect
