/**
 */
package rectify.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Required Aspect</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An aspect a notice requires a review to examine.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.RequiredAspect#getTitle <em>Title</em>}</li>
 *   <li>{@link rectify.model.RequiredAspect#getShortName <em>Short Name</em>}</li>
 *   <li>{@link rectify.model.RequiredAspect#getMinimumProblems <em>Minimum Problems</em>}</li>
 * </ul>
 *
 * @see rectify.model.RectifyPackage#getRequiredAspect()
 * @model
 * @generated
 */
public interface RequiredAspect extends EObject {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The heading as the notice gives it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see rectify.model.RectifyPackage#getRequiredAspect_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link rectify.model.RequiredAspect#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Short Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A short name for lists and diagrams, e.g. 政治建设.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Short Name</em>' attribute.
	 * @see #setShortName(String)
	 * @see rectify.model.RectifyPackage#getRequiredAspect_ShortName()
	 * @model
	 * @generated
	 */
	String getShortName();

	/**
	 * Sets the value of the '{@link rectify.model.RequiredAspect#getShortName <em>Short Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Short Name</em>' attribute.
	 * @see #getShortName()
	 * @generated
	 */
	void setShortName(String value);

	/**
	 * Returns the value of the '<em><b>Minimum Problems</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The minimum number of problems a review lists under this aspect.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minimum Problems</em>' attribute.
	 * @see #setMinimumProblems(int)
	 * @see rectify.model.RectifyPackage#getRequiredAspect_MinimumProblems()
	 * @model default="1"
	 * @generated
	 */
	int getMinimumProblems();

	/**
	 * Sets the value of the '{@link rectify.model.RequiredAspect#getMinimumProblems <em>Minimum Problems</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Problems</em>' attribute.
	 * @see #getMinimumProblems()
	 * @generated
	 */
	void setMinimumProblems(int value);

} // RequiredAspect
