/**
 */
package rectify.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cause</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A cause (原因) found in the cause analysis.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.Cause#getAnalysis <em>Analysis</em>}</li>
 *   <li>{@link rectify.model.Cause#getCategory <em>Category</em>}</li>
 *   <li>{@link rectify.model.Cause#getProblems <em>Problems</em>}</li>
 *   <li>{@link rectify.model.Cause#getMeasures <em>Measures</em>}</li>
 * </ul>
 *
 * @see rectify.model.RectifyPackage#getCause()
 * @model
 * @generated
 */
public interface Cause extends ChainElement {
	/**
	 * Returns the value of the '<em><b>Analysis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The sentences that analyse the cause, as written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Analysis</em>' attribute.
	 * @see #setAnalysis(String)
	 * @see rectify.model.RectifyPackage#getCause_Analysis()
	 * @model
	 * @generated
	 */
	String getAnalysis();

	/**
	 * Sets the value of the '{@link rectify.model.Cause#getAnalysis <em>Analysis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Analysis</em>' attribute.
	 * @see #getAnalysis()
	 * @generated
	 */
	void setAnalysis(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link rectify.model.CauseCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of cause.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see rectify.model.CauseCategory
	 * @see #setCategory(CauseCategory)
	 * @see rectify.model.RectifyPackage#getCause_Category()
	 * @model
	 * @generated
	 */
	CauseCategory getCategory();

	/**
	 * Sets the value of the '{@link rectify.model.Cause#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see rectify.model.CauseCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(CauseCategory value);

	/**
	 * Returns the value of the '<em><b>Problems</b></em>' reference list.
	 * The list contents are of type {@link rectify.model.Problem}.
	 * It is bidirectional and its opposite is '{@link rectify.model.Problem#getCauses <em>Causes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The problems the cause explains.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Problems</em>' reference list.
	 * @see rectify.model.RectifyPackage#getCause_Problems()
	 * @see rectify.model.Problem#getCauses
	 * @model opposite="causes" resolveProxies="false"
	 * @generated
	 */
	EList<Problem> getProblems();

	/**
	 * Returns the value of the '<em><b>Measures</b></em>' reference list.
	 * The list contents are of type {@link rectify.model.Measure}.
	 * It is bidirectional and its opposite is '{@link rectify.model.Measure#getCauses <em>Causes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The measures that address the cause.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measures</em>' reference list.
	 * @see rectify.model.RectifyPackage#getCause_Measures()
	 * @see rectify.model.Measure#getCauses
	 * @model opposite="causes" resolveProxies="false"
	 * @generated
	 */
	EList<Measure> getMeasures();

} // Cause
