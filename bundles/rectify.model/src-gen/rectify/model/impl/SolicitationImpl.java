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
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import rectify.model.Opinion;
import rectify.model.OpinionChannel;
import rectify.model.OrgUnitKind;
import rectify.model.RectifyPackage;
import rectify.model.Solicitation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Solicitation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.impl.SolicitationImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link rectify.model.impl.SolicitationImpl#getSourceKinds <em>Source Kinds</em>}</li>
 *   <li>{@link rectify.model.impl.SolicitationImpl#getReportedCount <em>Reported Count</em>}</li>
 *   <li>{@link rectify.model.impl.SolicitationImpl#getOpinions <em>Opinions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SolicitationImpl extends MinimalEObjectImpl.Container implements Solicitation {
	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<OpinionChannel> channels;

	/**
	 * The cached value of the '{@link #getSourceKinds() <em>Source Kinds</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceKinds()
	 * @generated
	 * @ordered
	 */
	protected EList<OrgUnitKind> sourceKinds;

	/**
	 * The default value of the '{@link #getReportedCount() <em>Reported Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportedCount()
	 * @generated
	 * @ordered
	 */
	protected static final int REPORTED_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getReportedCount() <em>Reported Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportedCount()
	 * @generated
	 * @ordered
	 */
	protected int reportedCount = REPORTED_COUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOpinions() <em>Opinions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpinions()
	 * @generated
	 * @ordered
	 */
	protected EList<Opinion> opinions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SolicitationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RectifyPackage.Literals.SOLICITATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OpinionChannel> getChannels() {
		if (channels == null) {
			channels = new EDataTypeUniqueEList<OpinionChannel>(OpinionChannel.class, this, RectifyPackage.SOLICITATION__CHANNELS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OrgUnitKind> getSourceKinds() {
		if (sourceKinds == null) {
			sourceKinds = new EDataTypeUniqueEList<OrgUnitKind>(OrgUnitKind.class, this, RectifyPackage.SOLICITATION__SOURCE_KINDS);
		}
		return sourceKinds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReportedCount() {
		return reportedCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportedCount(int newReportedCount) {
		int oldReportedCount = reportedCount;
		reportedCount = newReportedCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RectifyPackage.SOLICITATION__REPORTED_COUNT, oldReportedCount, reportedCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Opinion> getOpinions() {
		if (opinions == null) {
			opinions = new EObjectContainmentEList<Opinion>(Opinion.class, this, RectifyPackage.SOLICITATION__OPINIONS);
		}
		return opinions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RectifyPackage.SOLICITATION__OPINIONS:
				return ((InternalEList<?>)getOpinions()).basicRemove(otherEnd, msgs);
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
			case RectifyPackage.SOLICITATION__CHANNELS:
				return getChannels();
			case RectifyPackage.SOLICITATION__SOURCE_KINDS:
				return getSourceKinds();
			case RectifyPackage.SOLICITATION__REPORTED_COUNT:
				return getReportedCount();
			case RectifyPackage.SOLICITATION__OPINIONS:
				return getOpinions();
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
			case RectifyPackage.SOLICITATION__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends OpinionChannel>)newValue);
				return;
			case RectifyPackage.SOLICITATION__SOURCE_KINDS:
				getSourceKinds().clear();
				getSourceKinds().addAll((Collection<? extends OrgUnitKind>)newValue);
				return;
			case RectifyPackage.SOLICITATION__REPORTED_COUNT:
				setReportedCount((Integer)newValue);
				return;
			case RectifyPackage.SOLICITATION__OPINIONS:
				getOpinions().clear();
				getOpinions().addAll((Collection<? extends Opinion>)newValue);
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
			case RectifyPackage.SOLICITATION__CHANNELS:
				getChannels().clear();
				return;
			case RectifyPackage.SOLICITATION__SOURCE_KINDS:
				getSourceKinds().clear();
				return;
			case RectifyPackage.SOLICITATION__REPORTED_COUNT:
				setReportedCount(REPORTED_COUNT_EDEFAULT);
				return;
			case RectifyPackage.SOLICITATION__OPINIONS:
				getOpinions().clear();
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
			case RectifyPackage.SOLICITATION__CHANNELS:
				return channels != null && !channels.isEmpty();
			case RectifyPackage.SOLICITATION__SOURCE_KINDS:
				return sourceKinds != null && !sourceKinds.isEmpty();
			case RectifyPackage.SOLICITATION__REPORTED_COUNT:
				return reportedCount != REPORTED_COUNT_EDEFAULT;
			case RectifyPackage.SOLICITATION__OPINIONS:
				return opinions != null && !opinions.isEmpty();
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
		result.append(" (channels: ");
		result.append(channels);
		result.append(", sourceKinds: ");
		result.append(sourceKinds);
		result.append(", reportedCount: ");
		result.append(reportedCount);
		result.append(')');
		return result.toString();
	}

} //SolicitationImpl
