/**
 */
package rectify.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import rectify.model.RectifyPackage;
import rectify.model.RequiredAspect;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Required Aspect</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.impl.RequiredAspectImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link rectify.model.impl.RequiredAspectImpl#getShortName <em>Short Name</em>}</li>
 *   <li>{@link rectify.model.impl.RequiredAspectImpl#getMinimumProblems <em>Minimum Problems</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RequiredAspectImpl extends MinimalEObjectImpl.Container implements RequiredAspect {
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
	 * The default value of the '{@link #getShortName() <em>Short Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortName()
	 * @generated
	 * @ordered
	 */
	protected static final String SHORT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShortName() <em>Short Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortName()
	 * @generated
	 * @ordered
	 */
	protected String shortName = SHORT_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinimumProblems() <em>Minimum Problems</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumProblems()
	 * @generated
	 * @ordered
	 */
	protected static final int MINIMUM_PROBLEMS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getMinimumProblems() <em>Minimum Problems</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumProblems()
	 * @generated
	 * @ordered
	 */
	protected int minimumProblems = MINIMUM_PROBLEMS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RequiredAspectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RectifyPackage.Literals.REQUIRED_ASPECT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.REQUIRED_ASPECT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getShortName() {
		return shortName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShortName(String newShortName) {
		String oldShortName = shortName;
		shortName = newShortName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.REQUIRED_ASPECT__SHORT_NAME, oldShortName, shortName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinimumProblems() {
		return minimumProblems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumProblems(int newMinimumProblems) {
		int oldMinimumProblems = minimumProblems;
		minimumProblems = newMinimumProblems;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.REQUIRED_ASPECT__MINIMUM_PROBLEMS, oldMinimumProblems, minimumProblems));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RectifyPackage.REQUIRED_ASPECT__TITLE:
				return getTitle();
			case RectifyPackage.REQUIRED_ASPECT__SHORT_NAME:
				return getShortName();
			case RectifyPackage.REQUIRED_ASPECT__MINIMUM_PROBLEMS:
				return getMinimumProblems();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RectifyPackage.REQUIRED_ASPECT__TITLE:
				setTitle((String)newValue);
				return;
			case RectifyPackage.REQUIRED_ASPECT__SHORT_NAME:
				setShortName((String)newValue);
				return;
			case RectifyPackage.REQUIRED_ASPECT__MINIMUM_PROBLEMS:
				setMinimumProblems((Integer)newValue);
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
			case RectifyPackage.REQUIRED_ASPECT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case RectifyPackage.REQUIRED_ASPECT__SHORT_NAME:
				setShortName(SHORT_NAME_EDEFAULT);
				return;
			case RectifyPackage.REQUIRED_ASPECT__MINIMUM_PROBLEMS:
				setMinimumProblems(MINIMUM_PROBLEMS_EDEFAULT);
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
			case RectifyPackage.REQUIRED_ASPECT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case RectifyPackage.REQUIRED_ASPECT__SHORT_NAME:
				return SHORT_NAME_EDEFAULT == null ? shortName != null : !SHORT_NAME_EDEFAULT.equals(shortName);
			case RectifyPackage.REQUIRED_ASPECT__MINIMUM_PROBLEMS:
				return minimumProblems != MINIMUM_PROBLEMS_EDEFAULT;
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
		result.append(" (title: ");
		result.append(title);
		result.append(", shortName: ");
		result.append(shortName);
		result.append(", minimumProblems: ");
		result.append(minimumProblems);
		result.append(')');
		return result.toString();
	}

} //RequiredAspectImpl
