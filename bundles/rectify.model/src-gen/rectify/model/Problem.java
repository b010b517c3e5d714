/**
 */
package rectify.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Problem</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A problem (问题) found: a headline, an explanation, and concrete examples.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.Problem#getExplanation <em>Explanation</em>}</li>
 *   <li>{@link rectify.model.Problem#getExamples <em>Examples</em>}</li>
 *   <li>{@link rectify.model.Problem#getSeverity <em>Severity</em>}</li>
 *   <li>{@link rectify.model.Problem#getCauses <em>Causes</em>}</li>
 *   <li>{@link rectify.model.Problem#getMeasures <em>Measures</em>}</li>
 *   <li>{@link rectify.model.Problem#getSourceOpinions <em>Source Opinions</em>}</li>
 *   <li>{@link rectify.model.Problem#getEarlierOccurrence <em>Earlier Occurrence</em>}</li>
 * </ul>
 *
 * @see rectify.model.RectifyPackage#getProblem()
 * @model
 * @generated
 */
public interface Problem extends ChainElement {
	/**
	 * Returns the value of the '<em><b>Explanation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The sentences that explain the headline, up to the first example.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Explanation</em>' attribute.
	 * @see #setExplanation(String)
	 * @see rectify.model.RectifyPackage#getProblem_Explanation()
	 * @model
	 * @generated
	 */
	String getExplanation();

	/**
	 * Sets the value of the '{@link rectify.model.Problem#getExplanation <em>Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Explanation</em>' attribute.
	 * @see #getExplanation()
	 * @generated
	 */
	void setExplanation(String value);

	/**
	 * Returns the value of the '<em><b>Examples</b></em>' containment reference list.
	 * The list contents are of type {@link rectify.model.Example}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The concrete examples, in document order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Examples</em>' containment reference list.
	 * @see rectify.model.RectifyPackage#getProblem_Examples()
	 * @model containment="true"
	 * @generated
	 */
	EList<Example> getExamples();

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link rectify.model.Severity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How serious the problem is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see rectify.model.Severity
	 * @see #setSeverity(Severity)
	 * @see rectify.model.RectifyPackage#getProblem_Severity()
	 * @model
	 * @generated
	 */
	Severity getSeverity();

	/**
	 * Sets the value of the '{@link rectify.model.Problem#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see rectify.model.Severity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(Severity value);

	/**
	 * Returns the value of the '<em><b>Causes</b></em>' reference list.
	 * The list contents are of type {@link rectify.model.Cause}.
	 * It is bidirectional and its opposite is '{@link rectify.model.Cause#getProblems <em>Problems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The causes the problem is traced to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Causes</em>' reference list.
	 * @see rectify.model.RectifyPackage#getProblem_Causes()
	 * @see rectify.model.Cause#getProblems
	 * @model opposite="problems" resolveProxies="false"
	 * @generated
	 */
	EList<Cause> getCauses();

	/**
	 * Returns the value of the '<em><b>Measures</b></em>' reference list.
	 * The list contents are of type {@link rectify.model.Measure}.
	 * It is bidirectional and its opposite is '{@link rectify.model.Measure#getProblems <em>Problems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The measures that remedy the problem.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measures</em>' reference list.
	 * @see rectify.model.RectifyPackage#getProblem_Measures()
	 * @see rectify.model.Measure#getProblems
	 * @model opposite="problems" resolveProxies="false"
	 * @generated
	 */
	EList<Measure> getMeasures();

	/**
	 * Returns the value of the '<em><b>Source Opinions</b></em>' reference list.
	 * The list contents are of type {@link rectify.model.Opinion}.
	 * It is bidirectional and its opposite is '{@link rectify.model.Opinion#getProblems <em>Problems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The opinions the problem was taken from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Opinions</em>' reference list.
	 * @see rectify.model.RectifyPackage#getProblem_SourceOpinions()
	 * @see rectify.model.Opinion#getProblems
	 * @model opposite="problems" resolveProxies="false"
	 * @generated
	 */
	EList<Opinion> getSourceOpinions();

	/**
	 * Returns the value of the '<em><b>Earlier Occurrence</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The same problem in an earlier record, when it recurs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Earlier Occurrence</em>' reference.
	 * @see #setEarlierOccurrence(Problem)
	 * @see rectify.model.RectifyPackage#getProblem_EarlierOccurrence()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Problem getEarlierOccurrence();

	/**
	 * Sets the value of the '{@link rectify.model.Problem#getEarlierOccurrence <em>Earlier Occurrence</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Earlier Occurrence</em>' reference.
	 * @see #getEarlierOccurrence()
	 * @generated
	 */
	void setEarlierOccurrence(Problem value);

} // Problem
