/**
 */
package rectify.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import rectify.model.Cause;
import rectify.model.Example;
import rectify.model.Measure;
import rectify.model.Opinion;
import rectify.model.Problem;
import rectify.model.RectifyPackage;
import rectify.model.Severity;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Problem</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.impl.ProblemImpl#getExplanation <em>Explanation</em>}</li>
 *   <li>{@link rectify.model.impl.ProblemImpl#getExamples <em>Examples</em>}</li>
 *   <li>{@link rectify.model.impl.ProblemImpl#getSeverity <em>Severity</em>}</li>
 *   <li>{@link rectify.model.impl.ProblemImpl#getCauses <em>Causes</em>}</li>
 *   <li>{@link rectify.model.impl.ProblemImpl#getMeasures <em>Measures</em>}</li>
 *   <li>{@link rectify.model.impl.ProblemImpl#getSourceOpinions <em>Source Opinions</em>}</li>
 *   <li>{@link rectify.model.impl.ProblemImpl#getEarlierOccurrence <em>Earlier Occurrence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProblemImpl extends ChainElementImpl implements Problem {
	/**
	 * The default value of the '{@link #getExplanation() <em>Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExplanation()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPLANATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExplanation() <em>Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExplanation()
	 * @generated
	 * @ordered
	 */
	protected String explanation = EXPLANATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getExamples() <em>Examples</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExamples()
	 * @generated
	 * @ordered
	 */
	protected EList<Example> examples;

	/**
	 * The default value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected static final Severity SEVERITY_EDEFAULT = Severity.NORMAL;

	/**
	 * The cached value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected Severity severity = SEVERITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCauses() <em>Causes</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCauses()
	 * @generated
	 * @ordered
	 */
	protected EList<Cause> causes;

	/**
	 * The cached value of the '{@link #getMeasures() <em>Measures</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasures()
	 * @generated
	 * @ordered
	 */
	protected EList<Measure> measures;

	/**
	 * The cached value of the '{@link #getSourceOpinions() <em>Source Opinions</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceOpinions()
	 * @generated
	 * @ordered
	 */
	protected EList<Opinion> sourceOpinions;

	/**
	 * The cached value of the '{@link #getEarlierOccurrence() <em>Earlier Occurrence</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEarlierOccurrence()
	 * @generated
	 * @ordered
	 */
	protected Problem earlierOccurrence;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProblemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RectifyPackage.Literals.PROBLEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExplanation() {
		return explanation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExplanation(String newExplanation) {
		String oldExplanation = explanation;
		explanation = newExplanation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.PROBLEM__EXPLANATION, oldExplanation, explanation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Example> getExamples() {
		if (examples == null) {
			examples = new EObjectContainmentEList<Example>(Example.class, this, RectifyPackage.PROBLEM__EXAMPLES);
		}
		return examples;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Severity getSeverity() {
		return severity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeverity(Severity newSeverity) {
		Severity oldSeverity = severity;
		severity = newSeverity == null ? SEVERITY_EDEFAULT : newSeverity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.PROBLEM__SEVERITY, oldSeverity, severity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Cause> getCauses() {
		if (causes == null) {
			causes = new EObjectWithInverseEList.ManyInverse<Cause>(Cause.class, this, RectifyPackage.PROBLEM__CAUSES, RectifyPackage.CAUSE__PROBLEMS);
		}
		return causes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Measure> getMeasures() {
		if (measures == null) {
			measures = new EObjectWithInverseEList.ManyInverse<Measure>(Measure.class, this, RectifyPackage.PROBLEM__MEASURES, RectifyPackage.MEASURE__PROBLEMS);
		}
		return measures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Opinion> getSourceOpinions() {
		if (sourceOpinions == null) {
			sourceOpinions = new EObjectWithInverseEList.ManyInverse<Opinion>(Opinion.class, this, RectifyPackage.PROBLEM__SOURCE_OPINIONS, RectifyPackage.OPINION__PROBLEMS);
		}
		return sourceOpinions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Problem getEarlierOccurrence() {
		return earlierOccurrence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEarlierOccurrence(Problem newEarlierOccurrence) {
		Problem oldEarlierOccurrence = earlierOccurrence;
		earlierOccurrence = newEarlierOccurrence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.PROBLEM__EARLIER_OCCURRENCE, oldEarlierOccurrence, earlierOccurrence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RectifyPackage.PROBLEM__CAUSES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getCauses()).basicAdd(otherEnd, msgs);
			case RectifyPackage.PROBLEM__MEASURES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getMeasures()).basicAdd(otherEnd, msgs);
			case RectifyPackage.PROBLEM__SOURCE_OPINIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getSourceOpinions()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RectifyPackage.PROBLEM__EXAMPLES:
				return ((InternalEList<?>)getExamples()).basicRemove(otherEnd, msgs);
			case RectifyPackage.PROBLEM__CAUSES:
				return ((InternalEList<?>)getCauses()).basicRemove(otherEnd, msgs);
			case RectifyPackage.PROBLEM__MEASURES:
				return ((InternalEList<?>)getMeasures()).basicRemove(otherEnd, msgs);
			case RectifyPackage.PROBLEM__SOURCE_OPINIONS:
				return ((InternalEList<?>)getSourceOpinions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RectifyPackage.PROBLEM__EXPLANATION:
				return getExplanation();
			case RectifyPackage.PROBLEM__EXAMPLES:
				return getExamples();
			case RectifyPackage.PROBLEM__SEVERITY:
				return getSeverity();
			case RectifyPackage.PROBLEM__CAUSES:
				return getCauses();
			case RectifyPackage.PROBLEM__MEASURES:
				return getMeasures();
			case RectifyPackage.PROBLEM__SOURCE_OPINIONS:
				return getSourceOpinions();
			case RectifyPackage.PROBLEM__EARLIER_OCCURRENCE:
				return getEarlierOccurrence();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RectifyPackage.PROBLEM__EXPLANATION:
				setExplanation((String)newValue);
				return;
			case RectifyPackage.PROBLEM__EXAMPLES:
				getExamples().clear();
				getExamples().addAll((Collection<? extends Example>)newValue);
				return;
			case RectifyPackage.PROBLEM__SEVERITY:
				setSeverity((Severity)newValue);
				return;
			case RectifyPackage.PROBLEM__CAUSES:
				getCauses().clear();
				getCauses().addAll((Collection<? extends Cause>)newValue);
				return;
			case RectifyPackage.PROBLEM__MEASURES:
				getMeasures().clear();
				getMeasures().addAll((Collection<? extends Measure>)newValue);
				return;
			case RectifyPackage.PROBLEM__SOURCE_OPINIONS:
				getSourceOpinions().clear();
				getSourceOpinions().addAll((Collection<? extends Opinion>)newValue);
				return;
			case RectifyPackage.PROBLEM__EARLIER_OCCURRENCE:
				setEarlierOccurrence((Problem)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RectifyPackage.PROBLEM__EXPLANATION:
				setExplanation(EXPLANATION_EDEFAULT);
				return;
			case RectifyPackage.PROBLEM__EXAMPLES:
				getExamples().clear();
				return;
			case RectifyPackage.PROBLEM__SEVERITY:
				setSeverity(SEVERITY_EDEFAULT);
				return;
			case RectifyPackage.PROBLEM__CAUSES:
				getCauses().clear();
				return;
			case RectifyPackage.PROBLEM__MEASURES:
				getMeasures().clear();
				return;
			case RectifyPackage.PROBLEM__SOURCE_OPINIONS:
				getSourceOpinions().clear();
				return;
			case RectifyPackage.PROBLEM__EARLIER_OCCURRENCE:
				setEarlierOccurrence((Problem)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RectifyPackage.PROBLEM__EXPLANATION:
				return EXPLANATION_EDEFAULT == null ? explanation != null : !EXPLANATION_EDEFAULT.equals(explanation);
			case RectifyPackage.PROBLEM__EXAMPLES:
				return examples != null && !examples.isEmpty();
			case RectifyPackage.PROBLEM__SEVERITY:
				return severity != SEVERITY_EDEFAULT;
			case RectifyPackage.PROBLEM__CAUSES:
				return causes != null && !causes.isEmpty();
			case RectifyPackage.PROBLEM__MEASURES:
				return measures != null && !measures.isEmpty();
			case RectifyPackage.PROBLEM__SOURCE_OPINIONS:
				return sourceOpinions != null && !sourceOpinions.isEmpty();
			case RectifyPackage.PROBLEM__EARLIER_OCCURRENCE:
				return earlierOccurrence != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (explanation: ");
		result.append(explanation);
		result.append(", severity: ");
		result.append(severity);
		result.append(')');
		return result.toString();
	}

} //ProblemImpl
