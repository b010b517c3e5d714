/**
 */
package rectify.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Review</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The written core of a record: the self-examination material (对照检查材料) of a meeting, or the findings and rectification plan of an inspection. Everything is held as written, sentence by sentence.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.Review#getTitle <em>Title</em>}</li>
 *   <li>{@link rectify.model.Review#getPreamble <em>Preamble</em>}</li>
 *   <li>{@link rectify.model.Review#getProblemsHeading <em>Problems Heading</em>}</li>
 *   <li>{@link rectify.model.Review#getAspects <em>Aspects</em>}</li>
 *   <li>{@link rectify.model.Review#getCausesHeading <em>Causes Heading</em>}</li>
 *   <li>{@link rectify.model.Review#getCausesIntro <em>Causes Intro</em>}</li>
 *   <li>{@link rectify.model.Review#getCauses <em>Causes</em>}</li>
 *   <li>{@link rectify.model.Review#getDirectionsHeading <em>Directions Heading</em>}</li>
 *   <li>{@link rectify.model.Review#getDirectionsIntro <em>Directions Intro</em>}</li>
 *   <li>{@link rectify.model.Review#getDirections <em>Directions</em>}</li>
 *   <li>{@link rectify.model.Review#getNotes <em>Notes</em>}</li>
 *   <li>{@link rectify.model.Review#getTemplate <em>Template</em>}</li>
 *   <li>{@link rectify.model.Review#getLayout <em>Layout</em>}</li>
 * </ul>
 *
 * @see rectify.model.RectifyPackage#getReview()
 * @model
 * @generated
 */
public interface Review extends EObject {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The title of the material.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see rectify.model.RectifyPackage#getReview_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link rectify.model.Review#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Preamble</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The paragraphs before the first section, as written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Preamble</em>' attribute list.
	 * @see rectify.model.RectifyPackage#getReview_Preamble()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getPreamble();

	/**
	 * Returns the value of the '<em><b>Problems Heading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The heading of the problems section without its number, e.g. 存在的主要问题.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Problems Heading</em>' attribute.
	 * @see #setProblemsHeading(String)
	 * @see rectify.model.RectifyPackage#getReview_ProblemsHeading()
	 * @model
	 * @generated
	 */
	String getProblemsHeading();

	/**
	 * Sets the value of the '{@link rectify.model.Review#getProblemsHeading <em>Problems Heading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Problems Heading</em>' attribute.
	 * @see #getProblemsHeading()
	 * @generated
	 */
	void setProblemsHeading(String value);

	/**
	 * Returns the value of the '<em><b>Aspects</b></em>' containment reference list.
	 * The list contents are of type {@link rectify.model.Aspect}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The aspects under which problems are listed, in document order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Aspects</em>' containment reference list.
	 * @see rectify.model.RectifyPackage#getReview_Aspects()
	 * @model containment="true"
	 * @generated
	 */
	EList<Aspect> getAspects();

	/**
	 * Returns the value of the '<em><b>Causes Heading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The heading of the cause analysis section without its number, e.g. 问题原因剖析.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Causes Heading</em>' attribute.
	 * @see #setCausesHeading(String)
	 * @see rectify.model.RectifyPackage#getReview_CausesHeading()
	 * @model
	 * @generated
	 */
	String getCausesHeading();

	/**
	 * Sets the value of the '{@link rectify.model.Review#getCausesHeading <em>Causes Heading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Causes Heading</em>' attribute.
	 * @see #getCausesHeading()
	 * @generated
	 */
	void setCausesHeading(String value);

	/**
	 * Returns the value of the '<em><b>Causes Intro</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The sentences that open the cause analysis.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Causes Intro</em>' attribute.
	 * @see #setCausesIntro(String)
	 * @see rectify.model.RectifyPackage#getReview_CausesIntro()
	 * @model
	 * @generated
	 */
	String getCausesIntro();

	/**
	 * Sets the value of the '{@link rectify.model.Review#getCausesIntro <em>Causes Intro</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Causes Intro</em>' attribute.
	 * @see #getCausesIntro()
	 * @generated
	 */
	void setCausesIntro(String value);

	/**
	 * Returns the value of the '<em><b>Causes</b></em>' containment reference list.
	 * The list contents are of type {@link rectify.model.Cause}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The causes, in document order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Causes</em>' containment reference list.
	 * @see rectify.model.RectifyPackage#getReview_Causes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Cause> getCauses();

	/**
	 * Returns the value of the '<em><b>Directions Heading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The heading of the measures section without its number, e.g. 努力方向及整改措施.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Directions Heading</em>' attribute.
	 * @see #setDirectionsHeading(String)
	 * @see rectify.model.RectifyPackage#getReview_DirectionsHeading()
	 * @model
	 * @generated
	 */
	String getDirectionsHeading();

	/**
	 * Sets the value of the '{@link rectify.model.Review#getDirectionsHeading <em>Directions Heading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Directions Heading</em>' attribute.
	 * @see #getDirectionsHeading()
	 * @generated
	 */
	void setDirectionsHeading(String value);

	/**
	 * Returns the value of the '<em><b>Directions Intro</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The sentences that open the measures section, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Directions Intro</em>' attribute.
	 * @see #setDirectionsIntro(String)
	 * @see rectify.model.RectifyPackage#getReview_DirectionsIntro()
	 * @model
	 * @generated
	 */
	String getDirectionsIntro();

	/**
	 * Sets the value of the '{@link rectify.model.Review#getDirectionsIntro <em>Directions Intro</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Directions Intro</em>' attribute.
	 * @see #getDirectionsIntro()
	 * @generated
	 */
	void setDirectionsIntro(String value);

	/**
	 * Returns the value of the '<em><b>Directions</b></em>' containment reference list.
	 * The list contents are of type {@link rectify.model.Direction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The directions with their measures, in document order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Directions</em>' containment reference list.
	 * @see rectify.model.RectifyPackage#getReview_Directions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Direction> getDirections();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Paragraphs of the source document that have no place in the structure (an introduction the model has no field for, a part of another kind, a closing or a signature), as written and in document order, so that no sentence of an imported document is lost.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' attribute list.
	 * @see rectify.model.RectifyPackage#getReview_Notes()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getNotes();

	/**
	 * Returns the value of the '<em><b>Template</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The template the review answers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Template</em>' reference.
	 * @see #setTemplate(ReviewTemplate)
	 * @see rectify.model.RectifyPackage#getReview_Template()
	 * @model resolveProxies="false"
	 * @generated
	 */
	ReviewTemplate getTemplate();

	/**
	 * Sets the value of the '{@link rectify.model.Review#getTemplate <em>Template</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template</em>' reference.
	 * @see #getTemplate()
	 * @generated
	 */
	void setTemplate(ReviewTemplate value);

	/**
	 * Returns the value of the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The layout of the review's diagram.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layout</em>' containment reference.
	 * @see #setLayout(DiagramLayout)
	 * @see rectify.model.RectifyPackage#getReview_Layout()
	 * @model containment="true"
	 * @generated
	 */
	DiagramLayout getLayout();

	/**
	 * Sets the value of the '{@link rectify.model.Review#getLayout <em>Layout</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layout</em>' containment reference.
	 * @see #getLayout()
	 * @generated
	 */
	void setLayout(DiagramLayout value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number for a new cause: one more than the highest so far, 1 for the first.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	int nextCauseNumber();

} // Review
