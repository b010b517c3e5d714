/**
 */
package rectify.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.DiagramLayout;
import rectify.model.Direction;
import rectify.model.RectifyPackage;
import rectify.model.Review;
import rectify.model.ReviewTemplate;

import rectify.model.derived.Numbering;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Review</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.impl.ReviewImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link rectify.model.impl.ReviewImpl#getPreamble <em>Preamble</em>}</li>
 *   <li>{@link rectify.model.impl.ReviewImpl#getProblemsHeading <em>Problems Heading</em>}</li>
 *   <li>{@link rectify.model.impl.ReviewImpl#getAspects <em>Aspects</em>}</li>
 *   <li>{@link rectify.model.impl.ReviewImpl#getCausesHeading <em>Causes Heading</em>}</li>
 *   <li>{@link rectify.model.impl.ReviewImpl#getCausesIntro <em>Causes Intro</em>}</li>
 *   <li>{@link rectify.model.impl.ReviewImpl#getCauses <em>Causes</em>}</li>
 *   <li>{@link rectify.model.impl.ReviewImpl#getDirectionsHeading <em>Directions Heading</em>}</li>
 *   <li>{@link rectify.model.impl.ReviewImpl#getDirectionsIntro <em>Directions Intro</em>}</li>
 *   <li>{@link rectify.model.impl.ReviewImpl#getDirections <em>Directions</em>}</li>
 *   <li>{@link rectify.model.impl.ReviewImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link rectify.model.impl.ReviewImpl#getTemplate <em>Template</em>}</li>
 *   <li>{@link rectify.model.impl.ReviewImpl#getLayout <em>Layout</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReviewImpl extends MinimalEObjectImpl.Container implements Review {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPreamble() <em>Preamble</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreamble()
	 * @generated
	 * @ordered
	 */
	protected EList<String> preamble;

	/**
	 * The default value of the '{@link #getProblemsHeading() <em>Problems Heading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProblemsHeading()
	 * @generated
	 * @ordered
	 */
	protected static final String PROBLEMS_HEADING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProblemsHeading() <em>Problems Heading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProblemsHeading()
	 * @generated
	 * @ordered
	 */
	protected String problemsHeading = PROBLEMS_HEADING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAspects() <em>Aspects</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAspects()
	 * @generated
	 * @ordered
	 */
	protected EList<Aspect> aspects;

	/**
	 * The default value of the '{@link #getCausesHeading() <em>Causes Heading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCausesHeading()
	 * @generated
	 * @ordered
	 */
	protected static final String CAUSES_HEADING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCausesHeading() <em>Causes Heading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCausesHeading()
	 * @generated
	 * @ordered
	 */
	protected String causesHeading = CAUSES_HEADING_EDEFAULT;

	/**
	 * The default value of the '{@link #getCausesIntro() <em>Causes Intro</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCausesIntro()
	 * @generated
	 * @ordered
	 */
	protected static final String CAUSES_INTRO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCausesIntro() <em>Causes Intro</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCausesIntro()
	 * @generated
	 * @ordered
	 */
	protected String causesIntro = CAUSES_INTRO_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCauses() <em>Causes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCauses()
	 * @generated
	 * @ordered
	 */
	protected EList<Cause> causes;

	/**
	 * The default value of the '{@link #getDirectionsHeading() <em>Directions Heading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirectionsHeading()
	 * @generated
	 * @ordered
	 */
	protected static final String DIRECTIONS_HEADING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDirectionsHeading() <em>Directions Heading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirectionsHeading()
	 * @generated
	 * @ordered
	 */
	protected String directionsHeading = DIRECTIONS_HEADING_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirectionsIntro() <em>Directions Intro</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirectionsIntro()
	 * @generated
	 * @ordered
	 */
	protected static final String DIRECTIONS_INTRO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDirectionsIntro() <em>Directions Intro</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirectionsIntro()
	 * @generated
	 * @ordered
	 */
	protected String directionsIntro = DIRECTIONS_INTRO_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDirections() <em>Directions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirections()
	 * @generated
	 * @ordered
	 */
	protected EList<Direction> directions;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> notes;

	/**
	 * The cached value of the '{@link #getTemplate() <em>Template</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplate()
	 * @generated
	 * @ordered
	 */
	protected ReviewTemplate template;

	/**
	 * The cached value of the '{@link #getLayout() <em>Layout</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayout()
	 * @generated
	 * @ordered
	 */
	protected DiagramLayout layout;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReviewImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RectifyPackage.Literals.REVIEW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.REVIEW__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPreamble() {
		if (preamble == null) {
			preamble = new EDataTypeEList<String>(String.class, this, RectifyPackage.REVIEW__PREAMBLE);
		}
		return preamble;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProblemsHeading() {
		return problemsHeading;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProblemsHeading(String newProblemsHeading) {
		String oldProblemsHeading = problemsHeading;
		problemsHeading = newProblemsHeading;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.REVIEW__PROBLEMS_HEADING, oldProblemsHeading, problemsHeading));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Aspect> getAspects() {
		if (aspects == null) {
			aspects = new EObjectContainmentEList<Aspect>(Aspect.class, this, RectifyPackage.REVIEW__ASPECTS);
		}
		return aspects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCausesHeading() {
		return causesHeading;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCausesHeading(String newCausesHeading) {
		String oldCausesHeading = causesHeading;
		causesHeading = newCausesHeading;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.REVIEW__CAUSES_HEADING, oldCausesHeading, causesHeading));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCausesIntro() {
		return causesIntro;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCausesIntro(String newCausesIntro) {
		String oldCausesIntro = causesIntro;
		causesIntro = newCausesIntro;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.REVIEW__CAUSES_INTRO, oldCausesIntro, causesIntro));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Cause> getCauses() {
		if (causes == null) {
			causes = new EObjectContainmentEList<Cause>(Cause.class, this, RectifyPackage.REVIEW__CAUSES);
		}
		return causes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDirectionsHeading() {
		return directionsHeading;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirectionsHeading(String newDirectionsHeading) {
		String oldDirectionsHeading = directionsHeading;
		directionsHeading = newDirectionsHeading;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.REVIEW__DIRECTIONS_HEADING, oldDirectionsHeading, directionsHeading));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDirectionsIntro() {
		return directionsIntro;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirectionsIntro(String newDirectionsIntro) {
		String oldDirectionsIntro = directionsIntro;
		directionsIntro = newDirectionsIntro;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.REVIEW__DIRECTIONS_INTRO, oldDirectionsIntro, directionsIntro));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Direction> getDirections() {
		if (directions == null) {
			directions = new EObjectContainmentEList<Direction>(Direction.class, this, RectifyPackage.REVIEW__DIRECTIONS);
		}
		return directions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getNotes() {
		if (notes == null) {
			notes = new EDataTypeEList<String>(String.class, this, RectifyPackage.REVIEW__NOTES);
		}
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewTemplate getTemplate() {
		return template;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplate(ReviewTemplate newTemplate) {
		ReviewTemplate oldTemplate = template;
		template = newTemplate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.REVIEW__TEMPLATE, oldTemplate, template));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiagramLayout getLayout() {
		return layout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLayout(DiagramLayout newLayout, NotificationChain msgs) {
		DiagramLayout oldLayout = layout;
		layout = newLayout;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RectifyPackage.REVIEW__LAYOUT, oldLayout, newLayout);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayout(DiagramLayout newLayout) {
		if (newLayout != layout) {
			NotificationChain msgs = null;
			if (layout != null)
				msgs = ((InternalEObject)layout).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RectifyPackage.REVIEW__LAYOUT, null, msgs);
			if (newLayout != null)
				msgs = ((InternalEObject)newLayout).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RectifyPackage.REVIEW__LAYOUT, null, msgs);
			msgs = basicSetLayout(newLayout, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.REVIEW__LAYOUT, newLayout, newLayout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int nextCauseNumber() {
		return Numbering.next(getCauses());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RectifyPackage.REVIEW__ASPECTS:
				return ((InternalEList<?>)getAspects()).basicRemove(otherEnd, msgs);
			case RectifyPackage.REVIEW__CAUSES:
				return ((InternalEList<?>)getCauses()).basicRemove(otherEnd, msgs);
			case RectifyPackage.REVIEW__DIRECTIONS:
				return ((InternalEList<?>)getDirections()).basicRemove(otherEnd, msgs);
			case RectifyPackage.REVIEW__LAYOUT:
				return basicSetLayout(null, msgs);
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
			case RectifyPackage.REVIEW__TITLE:
				return getTitle();
			case RectifyPackage.REVIEW__PREAMBLE:
				return getPreamble();
			case RectifyPackage.REVIEW__PROBLEMS_HEADING:
				return getProblemsHeading();
			case RectifyPackage.REVIEW__ASPECTS:
				return getAspects();
			case RectifyPackage.REVIEW__CAUSES_HEADING:
				return getCausesHeading();
			case RectifyPackage.REVIEW__CAUSES_INTRO:
				return getCausesIntro();
			case RectifyPackage.REVIEW__CAUSES:
				return getCauses();
			case RectifyPackage.REVIEW__DIRECTIONS_HEADING:
				return getDirectionsHeading();
			case RectifyPackage.REVIEW__DIRECTIONS_INTRO:
				return getDirectionsIntro();
			case RectifyPackage.REVIEW__DIRECTIONS:
				return getDirections();
			case RectifyPackage.REVIEW__NOTES:
				return getNotes();
			case RectifyPackage.REVIEW__TEMPLATE:
				return getTemplate();
			case RectifyPackage.REVIEW__LAYOUT:
				return getLayout();
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
			case RectifyPackage.REVIEW__TITLE:
				setTitle((String)newValue);
				return;
			case RectifyPackage.REVIEW__PREAMBLE:
				getPreamble().clear();
				getPreamble().addAll((Collection<? extends String>)newValue);
				return;
			case RectifyPackage.REVIEW__PROBLEMS_HEADING:
				setProblemsHeading((String)newValue);
				return;
			case RectifyPackage.REVIEW__ASPECTS:
				getAspects().clear();
				getAspects().addAll((Collection<? extends Aspect>)newValue);
				return;
			case RectifyPackage.REVIEW__CAUSES_HEADING:
				setCausesHeading((String)newValue);
				return;
			case RectifyPackage.REVIEW__CAUSES_INTRO:
				setCausesIntro((String)newValue);
				return;
			case RectifyPackage.REVIEW__CAUSES:
				getCauses().clear();
				getCauses().addAll((Collection<? extends Cause>)newValue);
				return;
			case RectifyPackage.REVIEW__DIRECTIONS_HEADING:
				setDirectionsHeading((String)newValue);
				return;
			case RectifyPackage.REVIEW__DIRECTIONS_INTRO:
				setDirectionsIntro((String)newValue);
				return;
			case RectifyPackage.REVIEW__DIRECTIONS:
				getDirections().clear();
				getDirections().addAll((Collection<? extends Direction>)newValue);
				return;
			case RectifyPackage.REVIEW__NOTES:
				getNotes().clear();
				getNotes().addAll((Collection<? extends String>)newValue);
				return;
			case RectifyPackage.REVIEW__TEMPLATE:
				setTemplate((ReviewTemplate)newValue);
				return;
			case RectifyPackage.REVIEW__LAYOUT:
				setLayout((DiagramLayout)newValue);
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
			case RectifyPackage.REVIEW__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case RectifyPackage.REVIEW__PREAMBLE:
				getPreamble().clear();
				return;
			case RectifyPackage.REVIEW__PROBLEMS_HEADING:
				setProblemsHeading(PROBLEMS_HEADING_EDEFAULT);
				return;
			case RectifyPackage.REVIEW__ASPECTS:
				getAspects().clear();
				return;
			case RectifyPackage.REVIEW__CAUSES_HEADING:
				setCausesHeading(CAUSES_HEADING_EDEFAULT);
				return;
			case RectifyPackage.REVIEW__CAUSES_INTRO:
				setCausesIntro(CAUSES_INTRO_EDEFAULT);
				return;
			case RectifyPackage.REVIEW__CAUSES:
				getCauses().clear();
				return;
			case RectifyPackage.REVIEW__DIRECTIONS_HEADING:
				setDirectionsHeading(DIRECTIONS_HEADING_EDEFAULT);
				return;
			case RectifyPackage.REVIEW__DIRECTIONS_INTRO:
				setDirectionsIntro(DIRECTIONS_INTRO_EDEFAULT);
				return;
			case RectifyPackage.REVIEW__DIRECTIONS:
				getDirections().clear();
				return;
			case RectifyPackage.REVIEW__NOTES:
				getNotes().clear();
				return;
			case RectifyPackage.REVIEW__TEMPLATE:
				setTemplate((ReviewTemplate)null);
				return;
			case RectifyPackage.REVIEW__LAYOUT:
				setLayout((DiagramLayout)null);
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
			case RectifyPackage.REVIEW__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case RectifyPackage.REVIEW__PREAMBLE:
				return preamble != null && !preamble.isEmpty();
			case RectifyPackage.REVIEW__PROBLEMS_HEADING:
				return PROBLEMS_HEADING_EDEFAULT == null ? problemsHeading != null : !PROBLEMS_HEADING_EDEFAULT.equals(problemsHeading);
			case RectifyPackage.REVIEW__ASPECTS:
				return aspects != null && !aspects.isEmpty();
			case RectifyPackage.REVIEW__CAUSES_HEADING:
				return CAUSES_HEADING_EDEFAULT == null ? causesHeading != null : !CAUSES_HEADING_EDEFAULT.equals(causesHeading);
			case RectifyPackage.REVIEW__CAUSES_INTRO:
				return CAUSES_INTRO_EDEFAULT == null ? causesIntro != null : !CAUSES_INTRO_EDEFAULT.equals(causesIntro);
			case RectifyPackage.REVIEW__CAUSES:
				return causes != null && !causes.isEmpty();
			case RectifyPackage.REVIEW__DIRECTIONS_HEADING:
				return DIRECTIONS_HEADING_EDEFAULT == null ? directionsHeading != null : !DIRECTIONS_HEADING_EDEFAULT.equals(directionsHeading);
			case RectifyPackage.REVIEW__DIRECTIONS_INTRO:
				return DIRECTIONS_INTRO_EDEFAULT == null ? directionsIntro != null : !DIRECTIONS_INTRO_EDEFAULT.equals(directionsIntro);
			case RectifyPackage.REVIEW__DIRECTIONS:
				return directions != null && !directions.isEmpty();
			case RectifyPackage.REVIEW__NOTES:
				return notes != null && !notes.isEmpty();
			case RectifyPackage.REVIEW__TEMPLATE:
				return template != null;
			case RectifyPackage.REVIEW__LAYOUT:
				return layout != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case RectifyPackage.REVIEW___NEXT_CAUSE_NUMBER:
				return nextCauseNumber();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (title: ");
		result.append(title);
		result.append(", preamble: ");
		result.append(preamble);
		result.append(", problemsHeading: ");
		result.append(problemsHeading);
		result.append(", causesHeading: ");
		result.append(causesHeading);
		result.append(", causesIntro: ");
		result.append(causesIntro);
		result.append(", directionsHeading: ");
		result.append(directionsHeading);
		result.append(", directionsIntro: ");
		result.append(directionsIntro);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //ReviewImpl
