/**
 */
package rectify.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The records of meetings and inspections of an organization: the problems they find, the causes of the problems, the measures that remedy them and how the measures are followed to their closing, with the archival information of each record. Version 1.0 of the schema; the version is part of the namespace URI.
 * <!-- end-model-doc -->
 * @see rectify.model.RectifyFactory
 * @model kind="package"
 * @generated
 */
public interface RectifyPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "urn:rectify:model:1.1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "rectify";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RectifyPackage eINSTANCE = rectify.model.impl.RectifyPackageImpl.init();

	/**
	 * The meta object id for the '{@link rectify.model.impl.RegisterImpl <em>Register</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.impl.RegisterImpl
	 * @see rectify.model.impl.RectifyPackageImpl#getRegister()
	 * @generated
	 */
	int REGISTER = 0;

	/**
	 * The feature id for the '<em><b>Organization Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER__ORGANIZATION_NAME = 0;

	/**
	 * The feature id for the '<em><b>Fonds Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER__FONDS_CODE = 1;

	/**
	 * The feature id for the '<em><b>Units</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER__UNITS = 2;

	/**
	 * The feature id for the '<em><b>People</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER__PEOPLE = 3;

	/**
	 * The feature id for the '<em><b>Notices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER__NOTICES = 4;

	/**
	 * The feature id for the '<em><b>Templates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER__TEMPLATES = 5;

	/**
	 * The feature id for the '<em><b>Records</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER__RECORDS = 6;

	/**
	 * The number of structural features of the '<em>Register</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Register</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link rectify.model.impl.OrgUnitImpl <em>Org Unit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.impl.OrgUnitImpl
	 * @see rectify.model.impl.RectifyPackageImpl#getOrgUnit()
	 * @generated
	 */
	int ORG_UNIT = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT__CODE = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT__KIND = 2;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT__PARENT = 3;

	/**
	 * The number of structural features of the '<em>Org Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Org Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link rectify.model.impl.PersonImpl <em>Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.impl.PersonImpl
	 * @see rectify.model.impl.RectifyPackageImpl#getPerson()
	 * @generated
	 */
	int PERSON = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NAME = 0;

	/**
	 * The feature id for the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__POSITION = 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__UNIT = 2;

	/**
	 * The feature id for the '<em><b>Leadership Member</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__LEADERSHIP_MEMBER = 3;

	/**
	 * The number of structural features of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link rectify.model.impl.NoticeImpl <em>Notice</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.impl.NoticeImpl
	 * @see rectify.model.impl.RectifyPackageImpl#getNotice()
	 * @generated
	 */
	int NOTICE = 3;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTICE__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Document Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTICE__DOCUMENT_NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Issuer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTICE__ISSUER = 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTICE__DATE = 3;

	/**
	 * The number of structural features of the '<em>Notice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTICE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Notice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTICE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link rectify.model.impl.ReviewTemplateImpl <em>Review Template</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.impl.ReviewTemplateImpl
	 * @see rectify.model.impl.RectifyPackageImpl#getReviewTemplate()
	 * @generated
	 */
	int REVIEW_TEMPLATE = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_TEMPLATE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Notice</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_TEMPLATE__NOTICE = 1;

	/**
	 * The feature id for the '<em><b>Aspects</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_TEMPLATE__ASPECTS = 2;

	/**
	 * The number of structural features of the '<em>Review Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_TEMPLATE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Review Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_TEMPLATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link rectify.model.impl.RequiredAspectImpl <em>Required Aspect</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.impl.RequiredAspectImpl
	 * @see rectify.model.impl.RectifyPackageImpl#getRequiredAspect()
	 * @generated
	 */
	int REQUIRED_ASPECT = 5;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIRED_ASPECT__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Short Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIRED_ASPECT__SHORT_NAME = 1;

	/**
	 * The feature id for the '<em><b>Minimum Problems</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIRED_ASPECT__MINIMUM_PROBLEMS = 2;

	/**
	 * The number of structural features of the '<em>Required Aspect</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIRED_ASPECT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Required Aspect</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIRED_ASPECT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link rectify.model.impl.RecordImpl <em>Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.impl.RecordImpl
	 * @see rectify.model.impl.RectifyPackageImpl#getRecord()
	 * @generated
	 */
	int RECORD = 6;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__YEAR = 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__DATE = 2;

	/**
	 * The feature id for the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__PLACE = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__STATUS = 4;

	/**
	 * The feature id for the '<em><b>Example</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__EXAMPLE = 5;

	/**
	 * The feature id for the '<em><b>Archival Info</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__ARCHIVAL_INFO = 6;

	/**
	 * The feature id for the '<em><b>Documents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__DOCUMENTS = 7;

	/**
	 * The feature id for the '<em><b>Review</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__REVIEW = 8;

	/**
	 * The feature id for the '<em><b>Aspect Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__ASPECT_COUNT = 9;

	/**
	 * The feature id for the '<em><b>Problem Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__PROBLEM_COUNT = 10;

	/**
	 * The feature id for the '<em><b>Cause Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__CAUSE_COUNT = 11;

	/**
	 * The feature id for the '<em><b>Direction Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__DIRECTION_COUNT = 12;

	/**
	 * The feature id for the '<em><b>Measure Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__MEASURE_COUNT = 13;

	/**
	 * The feature id for the '<em><b>Opinion Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__OPINION_COUNT = 14;

	/**
	 * The feature id for the '<em><b>Talk Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__TALK_COUNT = 15;

	/**
	 * The number of structural features of the '<em>Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_FEATURE_COUNT = 16;

	/**
	 * The number of operations of the '<em>Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link rectify.model.impl.MeetingImpl <em>Meeting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.impl.MeetingImpl
	 * @see rectify.model.impl.RectifyPackageImpl#getMeeting()
	 * @generated
	 */
	int MEETING = 7;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__TITLE = RECORD__TITLE;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__YEAR = RECORD__YEAR;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__DATE = RECORD__DATE;

	/**
	 * The feature id for the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__PLACE = RECORD__PLACE;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__STATUS = RECORD__STATUS;

	/**
	 * The feature id for the '<em><b>Example</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__EXAMPLE = RECORD__EXAMPLE;

	/**
	 * The feature id for the '<em><b>Archival Info</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__ARCHIVAL_INFO = RECORD__ARCHIVAL_INFO;

	/**
	 * The feature id for the '<em><b>Documents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__DOCUMENTS = RECORD__DOCUMENTS;

	/**
	 * The feature id for the '<em><b>Review</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__REVIEW = RECORD__REVIEW;

	/**
	 * The feature id for the '<em><b>Aspect Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__ASPECT_COUNT = RECORD__ASPECT_COUNT;

	/**
	 * The feature id for the '<em><b>Problem Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__PROBLEM_COUNT = RECORD__PROBLEM_COUNT;

	/**
	 * The feature id for the '<em><b>Cause Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__CAUSE_COUNT = RECORD__CAUSE_COUNT;

	/**
	 * The feature id for the '<em><b>Direction Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__DIRECTION_COUNT = RECORD__DIRECTION_COUNT;

	/**
	 * The feature id for the '<em><b>Measure Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__MEASURE_COUNT = RECORD__MEASURE_COUNT;

	/**
	 * The feature id for the '<em><b>Opinion Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__OPINION_COUNT = RECORD__OPINION_COUNT;

	/**
	 * The feature id for the '<em><b>Talk Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__TALK_COUNT = RECORD__TALK_COUNT;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__KIND = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Theme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__THEME = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__HOST = RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Attendees</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__ATTENDEES = RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Basis Notice</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__BASIS_NOTICE = RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__PLAN = RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Study Sessions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__STUDY_SESSIONS = RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Solicitations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__SOLICITATIONS = RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Talks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__TALKS = RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Criticisms</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__CRITICISMS = RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__MINUTES = RECORD_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Meeting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_FEATURE_COUNT = RECORD_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Meeting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link rectify.model.impl.InspectionImpl <em>Inspection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.impl.InspectionImpl
	 * @see rectify.model.impl.RectifyPackageImpl#getInspection()
	 * @generated
	 */
	int INSPECTION = 8;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__TITLE = RECORD__TITLE;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__YEAR = RECORD__YEAR;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__DATE = RECORD__DATE;

	/**
	 * The feature id for the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__PLACE = RECORD__PLACE;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__STATUS = RECORD__STATUS;

	/**
	 * The feature id for the '<em><b>Example</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__EXAMPLE = RECORD__EXAMPLE;

	/**
	 * The feature id for the '<em><b>Archival Info</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__ARCHIVAL_INFO = RECORD__ARCHIVAL_INFO;

	/**
	 * The feature id for the '<em><b>Documents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__DOCUMENTS = RECORD__DOCUMENTS;

	/**
	 * The feature id for the '<em><b>Review</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__REVIEW = RECORD__REVIEW;

	/**
	 * The feature id for the '<em><b>Aspect Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__ASPECT_COUNT = RECORD__ASPECT_COUNT;

	/**
	 * The feature id for the '<em><b>Problem Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__PROBLEM_COUNT = RECORD__PROBLEM_COUNT;

	/**
	 * The feature id for the '<em><b>Cause Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__CAUSE_COUNT = RECORD__CAUSE_COUNT;

	/**
	 * The feature id for the '<em><b>Direction Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__DIRECTION_COUNT = RECORD__DIRECTION_COUNT;

	/**
	 * The feature id for the '<em><b>Measure Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__MEASURE_COUNT = RECORD__MEASURE_COUNT;

	/**
	 * The feature id for the '<em><b>Opinion Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__OPINION_COUNT = RECORD__OPINION_COUNT;

	/**
	 * The feature id for the '<em><b>Talk Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__TALK_COUNT = RECORD__TALK_COUNT;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__KIND = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Inspecting Body</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__INSPECTING_BODY = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Inspected Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__INSPECTED_UNIT = RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__PERIOD_START = RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__PERIOD_END = RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Feedback Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__FEEDBACK_DATE = RECORD_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Inspection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_FEATURE_COUNT = RECORD_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Inspection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link rectify.model.impl.StudySessionImpl <em>Study Session</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.impl.StudySessionImpl
	 * @see rectify.model.impl.RectifyPackageImpl#getStudySession()
	 * @generated
	 */
	int STUDY_SESSION = 9;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_SESSION__DATE = 0;

	/**
	 * The feature id for the '<em><b>Form</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_SESSION__FORM = 1;

	/**
	 * The feature id for the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_SESSION__TOPIC = 2;

	/**
	 * The number of structural features of the '<em>Study Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_SESSION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Study Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_SESSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link rectify.model.impl.SolicitationImpl <em>Solicitation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.impl.SolicitationImpl
	 * @see rectify.model.impl.RectifyPackageImpl#getSolicitation()
	 * @generated
	 */
	int SOLICITATION = 10;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLICITATION__CHANNELS = 0;

	/**
	 * The feature id for the '<em><b>Source Kinds</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLICITATION__SOURCE_KINDS = 1;

	/**
	 * The feature id for the '<em><b>Reported Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLICITATION__REPORTED_COUNT = 2;

	/**
	 * The feature id for the '<em><b>Opinions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLICITATION__OPINIONS = 3;

	/**
	 * The number of structural features of the '<em>Solicitation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLICITATION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Solicitation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLICITATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link rectify.model.impl.OpinionImpl <em>Opinion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.impl.OpinionImpl
	 * @see rectify.model.impl.RectifyPackageImpl#getOpinion()
	 * @generated
	 */
	int OPINION = 11;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPINION__TEXT = 0;

	/**
	 * The feature id for the '<em><b>Source Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPINION__SOURCE_UNIT = 1;

	/**
	 * The feature id for the '<em><b>Source Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPINION__SOURCE_KIND = 2;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPINION__CHANNEL = 3;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPINION__DATE = 4;

	/**
	 * The feature id for the '<em><b>Disposition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPINION__DISPOSITION = 5;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPINION__REASON = 6;

	/**
	 * The feature id for the '<em><b>Problems</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPINION__PROBLEMS = 7;

	/**
	 * The feature id for the '<em><b>Feedback Given</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPINION__FEEDBACK_GIVEN = 8;

	/**
	 * The number of structural features of the '<em>Opinion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPINION_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Opinion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPINION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link rectify.model.impl.TalkImpl <em>Talk</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.impl.TalkImpl
	 * @see rectify.model.impl.RectifyPackageImpl#getTalk()
	 * @generated
	 */
	int TALK = 12;

	/**
	 * The feature id for the '<em><b>Initiator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TALK__INITIATOR = 0;

	/**
	 * The feature id for the '<em><b>Initiator Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TALK__INITIATOR_DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TALK__PARTNER = 2;

	/**
	 * The feature id for the '<em><b>Partner Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TALK__PARTNER_DESCRIPTION = 3;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TALK__DATE = 4;

	/**
	 * The feature id for the '<em><b>Pairing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TALK__PAIRING = 5;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TALK__SUMMARY = 6;

	/**
	 * The number of structural features of the '<em>Talk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TALK_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Talk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TALK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link rectify.model.impl.CriticismImpl <em>Criticism</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.impl.CriticismImpl
	 * @see rectify.model.impl.RectifyPackageImpl#getCriticism()
	 * @generated
	 */
	int CRITICISM = 13;

	/**
	 * The feature id for the '<em><b>Critic</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICISM__CRITIC = 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICISM__TARGET = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICISM__TEXT = 2;

	/**
	 * The number of structural features of the '<em>Criticism</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICISM_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Criticism</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICISM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link rectify.model.impl.ReviewImpl <em>Review</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.impl.ReviewImpl
	 * @see rectify.model.impl.RectifyPackageImpl#getReview()
	 * @generated
	 */
	int REVIEW = 14;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Preamble</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__PREAMBLE = 1;

	/**
	 * The feature id for the '<em><b>Problems Heading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__PROBLEMS_HEADING = 2;

	/**
	 * The feature id for the '<em><b>Aspects</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__ASPECTS = 3;

	/**
	 * The feature id for the '<em><b>Causes Heading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__CAUSES_HEADING = 4;

	/**
	 * The feature id for the '<em><b>Causes Intro</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__CAUSES_INTRO = 5;

	/**
	 * The feature id for the '<em><b>Causes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__CAUSES = 6;

	/**
	 * The feature id for the '<em><b>Directions Heading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__DIRECTIONS_HEADING = 7;

	/**
	 * The feature id for the '<em><b>Directions Intro</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__DIRECTIONS_INTRO = 8;

	/**
	 * The feature id for the '<em><b>Directions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__DIRECTIONS = 9;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__NOTES = 10;

	/**
	 * The feature id for the '<em><b>Template</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__TEMPLATE = 11;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__LAYOUT = 12;

	/**
	 * The number of structural features of the '<em>Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_FEATURE_COUNT = 13;

	/**
	 * The operation id for the '<em>Next Cause Number</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW___NEXT_CAUSE_NUMBER = 0;

	/**
	 * The number of operations of the '<em>Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link rectify.model.impl.AspectImpl <em>Aspect</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.impl.AspectImpl
	 * @see rectify.model.impl.RectifyPackageImpl#getAspect()
	 * @generated
	 */
	int ASPECT = 15;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASPECT__LABEL = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASPECT__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASPECT__SUMMARY = 2;

	/**
	 * The feature id for the '<em><b>Short Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASPECT__SHORT_NAME = 3;

	/**
	 * The feature id for the '<em><b>Requirement</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASPECT__REQUIREMENT = 4;

	/**
	 * The feature id for the '<em><b>Problems</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASPECT__PROBLEMS = 5;

	/**
	 * The feature id for the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASPECT__POSITION = 6;

	/**
	 * The number of structural features of the '<em>Aspect</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASPECT_FEATURE_COUNT = 7;

	/**
	 * The operation id for the '<em>Next Problem Number</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASPECT___NEXT_PROBLEM_NUMBER = 0;

	/**
	 * The number of operations of the '<em>Aspect</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASPECT_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link rectify.model.impl.ChainElementImpl <em>Chain Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.impl.ChainElementImpl
	 * @see rectify.model.impl.RectifyPackageImpl#getChainElement()
	 * @generated
	 */
	int CHAIN_ELEMENT = 16;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHAIN_ELEMENT__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Headline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHAIN_ELEMENT__HEADLINE = 1;

	/**
	 * The feature id for the '<em><b>Full Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHAIN_ELEMENT__FULL_NUMBER = 2;

	/**
	 * The number of structural features of the '<em>Chain Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHAIN_ELEMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Chain Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHAIN_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link rectify.model.impl.ProblemImpl <em>Problem</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.impl.ProblemImpl
	 * @see rectify.model.impl.RectifyPackageImpl#getProblem()
	 * @generated
	 */
	int PROBLEM = 17;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__NUMBER = CHAIN_ELEMENT__NUMBER;

	/**
	 * The feature id for the '<em><b>Headline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__HEADLINE = CHAIN_ELEMENT__HEADLINE;

	/**
	 * The feature id for the '<em><b>Full Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__FULL_NUMBER = CHAIN_ELEMENT__FULL_NUMBER;

	/**
	 * The feature id for the '<em><b>Explanation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__EXPLANATION = CHAIN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Examples</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__EXAMPLES = CHAIN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__SEVERITY = CHAIN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Causes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__CAUSES = CHAIN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Measures</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__MEASURES = CHAIN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Source Opinions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__SOURCE_OPINIONS = CHAIN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Earlier Occurrence</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__EARLIER_OCCURRENCE = CHAIN_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Problem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM_FEATURE_COUNT = CHAIN_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Problem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM_OPERATION_COUNT = CHAIN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link rectify.model.impl.ExampleImpl <em>Example</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.impl.ExampleImpl
	 * @see rectify.model.impl.RectifyPackageImpl#getExample()
	 * @generated
	 */
	int EXAMPLE = 18;

	/**
	 * The feature id for the '<em><b>Lead</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXAMPLE__LEAD = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXAMPLE__TEXT = 1;

	/**
	 * The number of structural features of the '<em>Example</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXAMPLE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Example</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXAMPLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link rectify.model.impl.CauseImpl <em>Cause</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.impl.CauseImpl
	 * @see rectify.model.impl.RectifyPackageImpl#getCause()
	 * @generated
	 */
	int CAUSE = 19;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSE__NUMBER = CHAIN_ELEMENT__NUMBER;

	/**
	 * The feature id for the '<em><b>Headline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSE__HEADLINE = CHAIN_ELEMENT__HEADLINE;

	/**
	 * The feature id for the '<em><b>Full Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSE__FULL_NUMBER = CHAIN_ELEMENT__FULL_NUMBER;

	/**
	 * The feature id for the '<em><b>Analysis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSE__ANALYSIS = CHAIN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSE__CATEGORY = CHAIN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Problems</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSE__PROBLEMS = CHAIN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Measures</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSE__MEASURES = CHAIN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Cause</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSE_FEATURE_COUNT = CHAIN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Cause</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSE_OPERATION_COUNT = CHAIN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link rectify.model.impl.DirectionImpl <em>Direction</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.impl.DirectionImpl
	 * @see rectify.model.impl.RectifyPackageImpl#getDirection()
	 * @generated
	 */
	int DIRECTION = 20;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTION__LABEL = 0;

	/**
	 * The feature id for the '<em><b>Heading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTION__HEADING = 1;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTION__SUMMARY = 2;

	/**
	 * The feature id for the '<em><b>Measures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTION__MEASURES = 3;

	/**
	 * The feature id for the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTION__POSITION = 4;

	/**
	 * The number of structural features of the '<em>Direction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTION_FEATURE_COUNT = 5;

	/**
	 * The operation id for the '<em>Next Measure Number</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTION___NEXT_MEASURE_NUMBER = 0;

	/**
	 * The number of operations of the '<em>Direction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTION_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link rectify.model.impl.MeasureImpl <em>Measure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.impl.MeasureImpl
	 * @see rectify.model.impl.RectifyPackageImpl#getMeasure()
	 * @generated
	 */
	int MEASURE = 21;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__NUMBER = CHAIN_ELEMENT__NUMBER;

	/**
	 * The feature id for the '<em><b>Headline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__HEADLINE = CHAIN_ELEMENT__HEADLINE;

	/**
	 * The feature id for the '<em><b>Full Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__FULL_NUMBER = CHAIN_ELEMENT__FULL_NUMBER;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__TEXT = CHAIN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Problems</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__PROBLEMS = CHAIN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Causes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__CAUSES = CHAIN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__KIND = CHAIN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Responsible Leader</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__RESPONSIBLE_LEADER = CHAIN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Responsible Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__RESPONSIBLE_UNIT = CHAIN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__DEADLINE = CHAIN_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__STATUS = CHAIN_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Progress</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__PROGRESS = CHAIN_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Deadline Changes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__DEADLINE_CHANGES = CHAIN_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Verification</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__VERIFICATION = CHAIN_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Earlier Verifications</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__EARLIER_VERIFICATIONS = CHAIN_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_FEATURE_COUNT = CHAIN_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The operation id for the '<em>Is Overdue</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE___IS_OVERDUE__LOCALDATE = CHAIN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_OPERATION_COUNT = CHAIN_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link rectify.model.impl.ProgressEntryImpl <em>Progress Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.impl.ProgressEntryImpl
	 * @see rectify.model.impl.RectifyPackageImpl#getProgressEntry()
	 * @generated
	 */
	int PROGRESS_ENTRY = 22;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_ENTRY__DATE = 0;

	/**
	 * The feature id for the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_ENTRY__AUTHOR = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_ENTRY__TEXT = 2;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_ENTRY__EVIDENCE = 3;

	/**
	 * The number of structural features of the '<em>Progress Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_ENTRY_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Progress Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link rectify.model.impl.DeadlineChangeImpl <em>Deadline Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.impl.DeadlineChangeImpl
	 * @see rectify.model.impl.RectifyPackageImpl#getDeadlineChange()
	 * @generated
	 */
	int DEADLINE_CHANGE = 23;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEADLINE_CHANGE__DATE = 0;

	/**
	 * The feature id for the '<em><b>Previous Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEADLINE_CHANGE__PREVIOUS_DEADLINE = 1;

	/**
	 * The feature id for the '<em><b>New Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEADLINE_CHANGE__NEW_DEADLINE = 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEADLINE_CHANGE__REASON = 3;

	/**
	 * The number of structural features of the '<em>Deadline Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEADLINE_CHANGE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Deadline Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEADLINE_CHANGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link rectify.model.impl.VerificationImpl <em>Verification</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.impl.VerificationImpl
	 * @see rectify.model.impl.RectifyPackageImpl#getVerification()
	 * @generated
	 */
	int VERIFICATION = 24;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERIFICATION__DATE = 0;

	/**
	 * The feature id for the '<em><b>Verifier</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERIFICATION__VERIFIER = 1;

	/**
	 * The feature id for the '<em><b>Result</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERIFICATION__RESULT = 2;

	/**
	 * The feature id for the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERIFICATION__REMARKS = 3;

	/**
	 * The number of structural features of the '<em>Verification</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERIFICATION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Verification</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERIFICATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link rectify.model.impl.ArchivalInfoImpl <em>Archival Info</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.impl.ArchivalInfoImpl
	 * @see rectify.model.impl.RectifyPackageImpl#getArchivalInfo()
	 * @generated
	 */
	int ARCHIVAL_INFO = 25;

	/**
	 * The feature id for the '<em><b>Retention</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVAL_INFO__RETENTION = 0;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVAL_INFO__YEAR = 1;

	/**
	 * The feature id for the '<em><b>Organization Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVAL_INFO__ORGANIZATION_CODE = 2;

	/**
	 * The feature id for the '<em><b>Item Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVAL_INFO__ITEM_NUMBER = 3;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVAL_INFO__REFERENCE = 4;

	/**
	 * The number of structural features of the '<em>Archival Info</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVAL_INFO_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Archival Info</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVAL_INFO_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link rectify.model.impl.AttachedDocumentImpl <em>Attached Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.impl.AttachedDocumentImpl
	 * @see rectify.model.impl.RectifyPackageImpl#getAttachedDocument()
	 * @generated
	 */
	int ATTACHED_DOCUMENT = 26;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHED_DOCUMENT__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Document Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHED_DOCUMENT__DOCUMENT_NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Issuer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHED_DOCUMENT__ISSUER = 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHED_DOCUMENT__DATE = 3;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHED_DOCUMENT__PATH = 4;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHED_DOCUMENT__SHA256 = 5;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHED_DOCUMENT__SIZE = 6;

	/**
	 * The number of structural features of the '<em>Attached Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHED_DOCUMENT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Attached Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHED_DOCUMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link rectify.model.impl.DiagramLayoutImpl <em>Diagram Layout</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.impl.DiagramLayoutImpl
	 * @see rectify.model.impl.RectifyPackageImpl#getDiagramLayout()
	 * @generated
	 */
	int DIAGRAM_LAYOUT = 27;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_LAYOUT__NODES = 0;

	/**
	 * The number of structural features of the '<em>Diagram Layout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_LAYOUT_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Diagram Layout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_LAYOUT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link rectify.model.impl.NodeLayoutImpl <em>Node Layout</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.impl.NodeLayoutImpl
	 * @see rectify.model.impl.RectifyPackageImpl#getNodeLayout()
	 * @generated
	 */
	int NODE_LAYOUT = 28;

	/**
	 * The feature id for the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_LAYOUT__ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_LAYOUT__X = 1;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_LAYOUT__Y = 2;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_LAYOUT__WIDTH = 3;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_LAYOUT__HEIGHT = 4;

	/**
	 * The feature id for the '<em><b>Pinned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_LAYOUT__PINNED = 5;

	/**
	 * The number of structural features of the '<em>Node Layout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_LAYOUT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Node Layout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_LAYOUT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link rectify.model.OrgUnitKind <em>Org Unit Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.OrgUnitKind
	 * @see rectify.model.impl.RectifyPackageImpl#getOrgUnitKind()
	 * @generated
	 */
	int ORG_UNIT_KIND = 29;

	/**
	 * The meta object id for the '{@link rectify.model.RecordStatus <em>Record Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.RecordStatus
	 * @see rectify.model.impl.RectifyPackageImpl#getRecordStatus()
	 * @generated
	 */
	int RECORD_STATUS = 30;

	/**
	 * The meta object id for the '{@link rectify.model.MeetingKind <em>Meeting Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.MeetingKind
	 * @see rectify.model.impl.RectifyPackageImpl#getMeetingKind()
	 * @generated
	 */
	int MEETING_KIND = 31;

	/**
	 * The meta object id for the '{@link rectify.model.InspectionKind <em>Inspection Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.InspectionKind
	 * @see rectify.model.impl.RectifyPackageImpl#getInspectionKind()
	 * @generated
	 */
	int INSPECTION_KIND = 32;

	/**
	 * The meta object id for the '{@link rectify.model.StudyForm <em>Study Form</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.StudyForm
	 * @see rectify.model.impl.RectifyPackageImpl#getStudyForm()
	 * @generated
	 */
	int STUDY_FORM = 33;

	/**
	 * The meta object id for the '{@link rectify.model.OpinionChannel <em>Opinion Channel</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.OpinionChannel
	 * @see rectify.model.impl.RectifyPackageImpl#getOpinionChannel()
	 * @generated
	 */
	int OPINION_CHANNEL = 34;

	/**
	 * The meta object id for the '{@link rectify.model.Disposition <em>Disposition</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.Disposition
	 * @see rectify.model.impl.RectifyPackageImpl#getDisposition()
	 * @generated
	 */
	int DISPOSITION = 35;

	/**
	 * The meta object id for the '{@link rectify.model.TalkPairing <em>Talk Pairing</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.TalkPairing
	 * @see rectify.model.impl.RectifyPackageImpl#getTalkPairing()
	 * @generated
	 */
	int TALK_PAIRING = 36;

	/**
	 * The meta object id for the '{@link rectify.model.Severity <em>Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.Severity
	 * @see rectify.model.impl.RectifyPackageImpl#getSeverity()
	 * @generated
	 */
	int SEVERITY = 37;

	/**
	 * The meta object id for the '{@link rectify.model.CauseCategory <em>Cause Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.CauseCategory
	 * @see rectify.model.impl.RectifyPackageImpl#getCauseCategory()
	 * @generated
	 */
	int CAUSE_CATEGORY = 38;

	/**
	 * The meta object id for the '{@link rectify.model.MeasureKind <em>Measure Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.MeasureKind
	 * @see rectify.model.impl.RectifyPackageImpl#getMeasureKind()
	 * @generated
	 */
	int MEASURE_KIND = 39;

	/**
	 * The meta object id for the '{@link rectify.model.MeasureStatus <em>Measure Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.MeasureStatus
	 * @see rectify.model.impl.RectifyPackageImpl#getMeasureStatus()
	 * @generated
	 */
	int MEASURE_STATUS = 40;

	/**
	 * The meta object id for the '{@link rectify.model.VerificationResult <em>Verification Result</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.VerificationResult
	 * @see rectify.model.impl.RectifyPackageImpl#getVerificationResult()
	 * @generated
	 */
	int VERIFICATION_RESULT = 41;

	/**
	 * The meta object id for the '{@link rectify.model.RetentionPeriod <em>Retention Period</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rectify.model.RetentionPeriod
	 * @see rectify.model.impl.RectifyPackageImpl#getRetentionPeriod()
	 * @generated
	 */
	int RETENTION_PERIOD = 42;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see rectify.model.impl.RectifyPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 43;


	/**
	 * Returns the meta object for class '{@link rectify.model.Register <em>Register</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Register</em>'.
	 * @see rectify.model.Register
	 * @generated
	 */
	EClass getRegister();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Register#getOrganizationName <em>Organization Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Organization Name</em>'.
	 * @see rectify.model.Register#getOrganizationName()
	 * @see #getRegister()
	 * @generated
	 */
	EAttribute getRegister_OrganizationName();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Register#getFondsCode <em>Fonds Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fonds Code</em>'.
	 * @see rectify.model.Register#getFondsCode()
	 * @see #getRegister()
	 * @generated
	 */
	EAttribute getRegister_FondsCode();

	/**
	 * Returns the meta object for the containment reference list '{@link rectify.model.Register#getUnits <em>Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Units</em>'.
	 * @see rectify.model.Register#getUnits()
	 * @see #getRegister()
	 * @generated
	 */
	EReference getRegister_Units();

	/**
	 * Returns the meta object for the containment reference list '{@link rectify.model.Register#getPeople <em>People</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>People</em>'.
	 * @see rectify.model.Register#getPeople()
	 * @see #getRegister()
	 * @generated
	 */
	EReference getRegister_People();

	/**
	 * Returns the meta object for the containment reference list '{@link rectify.model.Register#getNotices <em>Notices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Notices</em>'.
	 * @see rectify.model.Register#getNotices()
	 * @see #getRegister()
	 * @generated
	 */
	EReference getRegister_Notices();

	/**
	 * Returns the meta object for the containment reference list '{@link rectify.model.Register#getTemplates <em>Templates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Templates</em>'.
	 * @see rectify.model.Register#getTemplates()
	 * @see #getRegister()
	 * @generated
	 */
	EReference getRegister_Templates();

	/**
	 * Returns the meta object for the containment reference list '{@link rectify.model.Register#getRecords <em>Records</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Records</em>'.
	 * @see rectify.model.Register#getRecords()
	 * @see #getRegister()
	 * @generated
	 */
	EReference getRegister_Records();

	/**
	 * Returns the meta object for class '{@link rectify.model.OrgUnit <em>Org Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Org Unit</em>'.
	 * @see rectify.model.OrgUnit
	 * @generated
	 */
	EClass getOrgUnit();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.OrgUnit#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see rectify.model.OrgUnit#getName()
	 * @see #getOrgUnit()
	 * @generated
	 */
	EAttribute getOrgUnit_Name();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.OrgUnit#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see rectify.model.OrgUnit#getCode()
	 * @see #getOrgUnit()
	 * @generated
	 */
	EAttribute getOrgUnit_Code();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.OrgUnit#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see rectify.model.OrgUnit#getKind()
	 * @see #getOrgUnit()
	 * @generated
	 */
	EAttribute getOrgUnit_Kind();

	/**
	 * Returns the meta object for the reference '{@link rectify.model.OrgUnit#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see rectify.model.OrgUnit#getParent()
	 * @see #getOrgUnit()
	 * @generated
	 */
	EReference getOrgUnit_Parent();

	/**
	 * Returns the meta object for class '{@link rectify.model.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person</em>'.
	 * @see rectify.model.Person
	 * @generated
	 */
	EClass getPerson();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Person#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see rectify.model.Person#getName()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Name();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Person#getPosition <em>Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Position</em>'.
	 * @see rectify.model.Person#getPosition()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Position();

	/**
	 * Returns the meta object for the reference '{@link rectify.model.Person#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Unit</em>'.
	 * @see rectify.model.Person#getUnit()
	 * @see #getPerson()
	 * @generated
	 */
	EReference getPerson_Unit();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Person#isLeadershipMember <em>Leadership Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Leadership Member</em>'.
	 * @see rectify.model.Person#isLeadershipMember()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_LeadershipMember();

	/**
	 * Returns the meta object for class '{@link rectify.model.Notice <em>Notice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Notice</em>'.
	 * @see rectify.model.Notice
	 * @generated
	 */
	EClass getNotice();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Notice#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see rectify.model.Notice#getTitle()
	 * @see #getNotice()
	 * @generated
	 */
	EAttribute getNotice_Title();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Notice#getDocumentNumber <em>Document Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document Number</em>'.
	 * @see rectify.model.Notice#getDocumentNumber()
	 * @see #getNotice()
	 * @generated
	 */
	EAttribute getNotice_DocumentNumber();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Notice#getIssuer <em>Issuer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issuer</em>'.
	 * @see rectify.model.Notice#getIssuer()
	 * @see #getNotice()
	 * @generated
	 */
	EAttribute getNotice_Issuer();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Notice#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see rectify.model.Notice#getDate()
	 * @see #getNotice()
	 * @generated
	 */
	EAttribute getNotice_Date();

	/**
	 * Returns the meta object for class '{@link rectify.model.ReviewTemplate <em>Review Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Review Template</em>'.
	 * @see rectify.model.ReviewTemplate
	 * @generated
	 */
	EClass getReviewTemplate();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.ReviewTemplate#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see rectify.model.ReviewTemplate#getName()
	 * @see #getReviewTemplate()
	 * @generated
	 */
	EAttribute getReviewTemplate_Name();

	/**
	 * Returns the meta object for the reference '{@link rectify.model.ReviewTemplate#getNotice <em>Notice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Notice</em>'.
	 * @see rectify.model.ReviewTemplate#getNotice()
	 * @see #getReviewTemplate()
	 * @generated
	 */
	EReference getReviewTemplate_Notice();

	/**
	 * Returns the meta object for the containment reference list '{@link rectify.model.ReviewTemplate#getAspects <em>Aspects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Aspects</em>'.
	 * @see rectify.model.ReviewTemplate#getAspects()
	 * @see #getReviewTemplate()
	 * @generated
	 */
	EReference getReviewTemplate_Aspects();

	/**
	 * Returns the meta object for class '{@link rectify.model.RequiredAspect <em>Required Aspect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Required Aspect</em>'.
	 * @see rectify.model.RequiredAspect
	 * @generated
	 */
	EClass getRequiredAspect();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.RequiredAspect#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see rectify.model.RequiredAspect#getTitle()
	 * @see #getRequiredAspect()
	 * @generated
	 */
	EAttribute getRequiredAspect_Title();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.RequiredAspect#getShortName <em>Short Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Short Name</em>'.
	 * @see rectify.model.RequiredAspect#getShortName()
	 * @see #getRequiredAspect()
	 * @generated
	 */
	EAttribute getRequiredAspect_ShortName();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.RequiredAspect#getMinimumProblems <em>Minimum Problems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Problems</em>'.
	 * @see rectify.model.RequiredAspect#getMinimumProblems()
	 * @see #getRequiredAspect()
	 * @generated
	 */
	EAttribute getRequiredAspect_MinimumProblems();

	/**
	 * Returns the meta object for class '{@link rectify.model.Record <em>Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Record</em>'.
	 * @see rectify.model.Record
	 * @generated
	 */
	EClass getRecord();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Record#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see rectify.model.Record#getTitle()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_Title();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Record#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see rectify.model.Record#getYear()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_Year();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Record#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see rectify.model.Record#getDate()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_Date();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Record#getPlace <em>Place</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Place</em>'.
	 * @see rectify.model.Record#getPlace()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_Place();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Record#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see rectify.model.Record#getStatus()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_Status();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Record#isExample <em>Example</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Example</em>'.
	 * @see rectify.model.Record#isExample()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_Example();

	/**
	 * Returns the meta object for the containment reference '{@link rectify.model.Record#getArchivalInfo <em>Archival Info</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Archival Info</em>'.
	 * @see rectify.model.Record#getArchivalInfo()
	 * @see #getRecord()
	 * @generated
	 */
	EReference getRecord_ArchivalInfo();

	/**
	 * Returns the meta object for the containment reference list '{@link rectify.model.Record#getDocuments <em>Documents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Documents</em>'.
	 * @see rectify.model.Record#getDocuments()
	 * @see #getRecord()
	 * @generated
	 */
	EReference getRecord_Documents();

	/**
	 * Returns the meta object for the containment reference '{@link rectify.model.Record#getReview <em>Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Review</em>'.
	 * @see rectify.model.Record#getReview()
	 * @see #getRecord()
	 * @generated
	 */
	EReference getRecord_Review();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Record#getAspectCount <em>Aspect Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Aspect Count</em>'.
	 * @see rectify.model.Record#getAspectCount()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_AspectCount();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Record#getProblemCount <em>Problem Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Problem Count</em>'.
	 * @see rectify.model.Record#getProblemCount()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_ProblemCount();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Record#getCauseCount <em>Cause Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cause Count</em>'.
	 * @see rectify.model.Record#getCauseCount()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_CauseCount();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Record#getDirectionCount <em>Direction Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction Count</em>'.
	 * @see rectify.model.Record#getDirectionCount()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_DirectionCount();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Record#getMeasureCount <em>Measure Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measure Count</em>'.
	 * @see rectify.model.Record#getMeasureCount()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_MeasureCount();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Record#getOpinionCount <em>Opinion Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opinion Count</em>'.
	 * @see rectify.model.Record#getOpinionCount()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_OpinionCount();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Record#getTalkCount <em>Talk Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Talk Count</em>'.
	 * @see rectify.model.Record#getTalkCount()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_TalkCount();

	/**
	 * Returns the meta object for class '{@link rectify.model.Meeting <em>Meeting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Meeting</em>'.
	 * @see rectify.model.Meeting
	 * @generated
	 */
	EClass getMeeting();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Meeting#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see rectify.model.Meeting#getKind()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Kind();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Meeting#getTheme <em>Theme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Theme</em>'.
	 * @see rectify.model.Meeting#getTheme()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Theme();

	/**
	 * Returns the meta object for the reference '{@link rectify.model.Meeting#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Host</em>'.
	 * @see rectify.model.Meeting#getHost()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_Host();

	/**
	 * Returns the meta object for the reference list '{@link rectify.model.Meeting#getAttendees <em>Attendees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Attendees</em>'.
	 * @see rectify.model.Meeting#getAttendees()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_Attendees();

	/**
	 * Returns the meta object for the reference '{@link rectify.model.Meeting#getBasisNotice <em>Basis Notice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Basis Notice</em>'.
	 * @see rectify.model.Meeting#getBasisNotice()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_BasisNotice();

	/**
	 * Returns the meta object for the reference '{@link rectify.model.Meeting#getPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Plan</em>'.
	 * @see rectify.model.Meeting#getPlan()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_Plan();

	/**
	 * Returns the meta object for the containment reference list '{@link rectify.model.Meeting#getStudySessions <em>Study Sessions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Study Sessions</em>'.
	 * @see rectify.model.Meeting#getStudySessions()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_StudySessions();

	/**
	 * Returns the meta object for the containment reference list '{@link rectify.model.Meeting#getSolicitations <em>Solicitations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Solicitations</em>'.
	 * @see rectify.model.Meeting#getSolicitations()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_Solicitations();

	/**
	 * Returns the meta object for the containment reference list '{@link rectify.model.Meeting#getTalks <em>Talks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Talks</em>'.
	 * @see rectify.model.Meeting#getTalks()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_Talks();

	/**
	 * Returns the meta object for the containment reference list '{@link rectify.model.Meeting#getCriticisms <em>Criticisms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Criticisms</em>'.
	 * @see rectify.model.Meeting#getCriticisms()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_Criticisms();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Meeting#getMinutes <em>Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minutes</em>'.
	 * @see rectify.model.Meeting#getMinutes()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Minutes();

	/**
	 * Returns the meta object for class '{@link rectify.model.Inspection <em>Inspection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Inspection</em>'.
	 * @see rectify.model.Inspection
	 * @generated
	 */
	EClass getInspection();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Inspection#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see rectify.model.Inspection#getKind()
	 * @see #getInspection()
	 * @generated
	 */
	EAttribute getInspection_Kind();

	/**
	 * Returns the meta object for the reference '{@link rectify.model.Inspection#getInspectingBody <em>Inspecting Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Inspecting Body</em>'.
	 * @see rectify.model.Inspection#getInspectingBody()
	 * @see #getInspection()
	 * @generated
	 */
	EReference getInspection_InspectingBody();

	/**
	 * Returns the meta object for the reference '{@link rectify.model.Inspection#getInspectedUnit <em>Inspected Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Inspected Unit</em>'.
	 * @see rectify.model.Inspection#getInspectedUnit()
	 * @see #getInspection()
	 * @generated
	 */
	EReference getInspection_InspectedUnit();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Inspection#getPeriodStart <em>Period Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Start</em>'.
	 * @see rectify.model.Inspection#getPeriodStart()
	 * @see #getInspection()
	 * @generated
	 */
	EAttribute getInspection_PeriodStart();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Inspection#getPeriodEnd <em>Period End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period End</em>'.
	 * @see rectify.model.Inspection#getPeriodEnd()
	 * @see #getInspection()
	 * @generated
	 */
	EAttribute getInspection_PeriodEnd();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Inspection#getFeedbackDate <em>Feedback Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feedback Date</em>'.
	 * @see rectify.model.Inspection#getFeedbackDate()
	 * @see #getInspection()
	 * @generated
	 */
	EAttribute getInspection_FeedbackDate();

	/**
	 * Returns the meta object for class '{@link rectify.model.StudySession <em>Study Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Study Session</em>'.
	 * @see rectify.model.StudySession
	 * @generated
	 */
	EClass getStudySession();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.StudySession#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see rectify.model.StudySession#getDate()
	 * @see #getStudySession()
	 * @generated
	 */
	EAttribute getStudySession_Date();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.StudySession#getForm <em>Form</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Form</em>'.
	 * @see rectify.model.StudySession#getForm()
	 * @see #getStudySession()
	 * @generated
	 */
	EAttribute getStudySession_Form();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.StudySession#getTopic <em>Topic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Topic</em>'.
	 * @see rectify.model.StudySession#getTopic()
	 * @see #getStudySession()
	 * @generated
	 */
	EAttribute getStudySession_Topic();

	/**
	 * Returns the meta object for class '{@link rectify.model.Solicitation <em>Solicitation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Solicitation</em>'.
	 * @see rectify.model.Solicitation
	 * @generated
	 */
	EClass getSolicitation();

	/**
	 * Returns the meta object for the attribute list '{@link rectify.model.Solicitation#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Channels</em>'.
	 * @see rectify.model.Solicitation#getChannels()
	 * @see #getSolicitation()
	 * @generated
	 */
	EAttribute getSolicitation_Channels();

	/**
	 * Returns the meta object for the attribute list '{@link rectify.model.Solicitation#getSourceKinds <em>Source Kinds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Source Kinds</em>'.
	 * @see rectify.model.Solicitation#getSourceKinds()
	 * @see #getSolicitation()
	 * @generated
	 */
	EAttribute getSolicitation_SourceKinds();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Solicitation#getReportedCount <em>Reported Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reported Count</em>'.
	 * @see rectify.model.Solicitation#getReportedCount()
	 * @see #getSolicitation()
	 * @generated
	 */
	EAttribute getSolicitation_ReportedCount();

	/**
	 * Returns the meta object for the containment reference list '{@link rectify.model.Solicitation#getOpinions <em>Opinions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Opinions</em>'.
	 * @see rectify.model.Solicitation#getOpinions()
	 * @see #getSolicitation()
	 * @generated
	 */
	EReference getSolicitation_Opinions();

	/**
	 * Returns the meta object for class '{@link rectify.model.Opinion <em>Opinion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Opinion</em>'.
	 * @see rectify.model.Opinion
	 * @generated
	 */
	EClass getOpinion();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Opinion#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see rectify.model.Opinion#getText()
	 * @see #getOpinion()
	 * @generated
	 */
	EAttribute getOpinion_Text();

	/**
	 * Returns the meta object for the reference '{@link rectify.model.Opinion#getSourceUnit <em>Source Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source Unit</em>'.
	 * @see rectify.model.Opinion#getSourceUnit()
	 * @see #getOpinion()
	 * @generated
	 */
	EReference getOpinion_SourceUnit();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Opinion#getSourceKind <em>Source Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Kind</em>'.
	 * @see rectify.model.Opinion#getSourceKind()
	 * @see #getOpinion()
	 * @generated
	 */
	EAttribute getOpinion_SourceKind();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Opinion#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see rectify.model.Opinion#getChannel()
	 * @see #getOpinion()
	 * @generated
	 */
	EAttribute getOpinion_Channel();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Opinion#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see rectify.model.Opinion#getDate()
	 * @see #getOpinion()
	 * @generated
	 */
	EAttribute getOpinion_Date();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Opinion#getDisposition <em>Disposition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disposition</em>'.
	 * @see rectify.model.Opinion#getDisposition()
	 * @see #getOpinion()
	 * @generated
	 */
	EAttribute getOpinion_Disposition();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Opinion#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see rectify.model.Opinion#getReason()
	 * @see #getOpinion()
	 * @generated
	 */
	EAttribute getOpinion_Reason();

	/**
	 * Returns the meta object for the reference list '{@link rectify.model.Opinion#getProblems <em>Problems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Problems</em>'.
	 * @see rectify.model.Opinion#getProblems()
	 * @see #getOpinion()
	 * @generated
	 */
	EReference getOpinion_Problems();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Opinion#isFeedbackGiven <em>Feedback Given</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feedback Given</em>'.
	 * @see rectify.model.Opinion#isFeedbackGiven()
	 * @see #getOpinion()
	 * @generated
	 */
	EAttribute getOpinion_FeedbackGiven();

	/**
	 * Returns the meta object for class '{@link rectify.model.Talk <em>Talk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Talk</em>'.
	 * @see rectify.model.Talk
	 * @generated
	 */
	EClass getTalk();

	/**
	 * Returns the meta object for the reference '{@link rectify.model.Talk#getInitiator <em>Initiator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Initiator</em>'.
	 * @see rectify.model.Talk#getInitiator()
	 * @see #getTalk()
	 * @generated
	 */
	EReference getTalk_Initiator();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Talk#getInitiatorDescription <em>Initiator Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initiator Description</em>'.
	 * @see rectify.model.Talk#getInitiatorDescription()
	 * @see #getTalk()
	 * @generated
	 */
	EAttribute getTalk_InitiatorDescription();

	/**
	 * Returns the meta object for the reference '{@link rectify.model.Talk#getPartner <em>Partner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Partner</em>'.
	 * @see rectify.model.Talk#getPartner()
	 * @see #getTalk()
	 * @generated
	 */
	EReference getTalk_Partner();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Talk#getPartnerDescription <em>Partner Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Partner Description</em>'.
	 * @see rectify.model.Talk#getPartnerDescription()
	 * @see #getTalk()
	 * @generated
	 */
	EAttribute getTalk_PartnerDescription();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Talk#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see rectify.model.Talk#getDate()
	 * @see #getTalk()
	 * @generated
	 */
	EAttribute getTalk_Date();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Talk#getPairing <em>Pairing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pairing</em>'.
	 * @see rectify.model.Talk#getPairing()
	 * @see #getTalk()
	 * @generated
	 */
	EAttribute getTalk_Pairing();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Talk#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see rectify.model.Talk#getSummary()
	 * @see #getTalk()
	 * @generated
	 */
	EAttribute getTalk_Summary();

	/**
	 * Returns the meta object for class '{@link rectify.model.Criticism <em>Criticism</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Criticism</em>'.
	 * @see rectify.model.Criticism
	 * @generated
	 */
	EClass getCriticism();

	/**
	 * Returns the meta object for the reference '{@link rectify.model.Criticism#getCritic <em>Critic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Critic</em>'.
	 * @see rectify.model.Criticism#getCritic()
	 * @see #getCriticism()
	 * @generated
	 */
	EReference getCriticism_Critic();

	/**
	 * Returns the meta object for the reference '{@link rectify.model.Criticism#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see rectify.model.Criticism#getTarget()
	 * @see #getCriticism()
	 * @generated
	 */
	EReference getCriticism_Target();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Criticism#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see rectify.model.Criticism#getText()
	 * @see #getCriticism()
	 * @generated
	 */
	EAttribute getCriticism_Text();

	/**
	 * Returns the meta object for class '{@link rectify.model.Review <em>Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Review</em>'.
	 * @see rectify.model.Review
	 * @generated
	 */
	EClass getReview();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Review#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see rectify.model.Review#getTitle()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_Title();

	/**
	 * Returns the meta object for the attribute list '{@link rectify.model.Review#getPreamble <em>Preamble</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Preamble</em>'.
	 * @see rectify.model.Review#getPreamble()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_Preamble();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Review#getProblemsHeading <em>Problems Heading</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Problems Heading</em>'.
	 * @see rectify.model.Review#getProblemsHeading()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_ProblemsHeading();

	/**
	 * Returns the meta object for the containment reference list '{@link rectify.model.Review#getAspects <em>Aspects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Aspects</em>'.
	 * @see rectify.model.Review#getAspects()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_Aspects();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Review#getCausesHeading <em>Causes Heading</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Causes Heading</em>'.
	 * @see rectify.model.Review#getCausesHeading()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_CausesHeading();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Review#getCausesIntro <em>Causes Intro</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Causes Intro</em>'.
	 * @see rectify.model.Review#getCausesIntro()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_CausesIntro();

	/**
	 * Returns the meta object for the containment reference list '{@link rectify.model.Review#getCauses <em>Causes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Causes</em>'.
	 * @see rectify.model.Review#getCauses()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_Causes();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Review#getDirectionsHeading <em>Directions Heading</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Directions Heading</em>'.
	 * @see rectify.model.Review#getDirectionsHeading()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_DirectionsHeading();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Review#getDirectionsIntro <em>Directions Intro</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Directions Intro</em>'.
	 * @see rectify.model.Review#getDirectionsIntro()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_DirectionsIntro();

	/**
	 * Returns the meta object for the containment reference list '{@link rectify.model.Review#getDirections <em>Directions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Directions</em>'.
	 * @see rectify.model.Review#getDirections()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_Directions();

	/**
	 * Returns the meta object for the attribute list '{@link rectify.model.Review#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Notes</em>'.
	 * @see rectify.model.Review#getNotes()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_Notes();

	/**
	 * Returns the meta object for the reference '{@link rectify.model.Review#getTemplate <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Template</em>'.
	 * @see rectify.model.Review#getTemplate()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_Template();

	/**
	 * Returns the meta object for the containment reference '{@link rectify.model.Review#getLayout <em>Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Layout</em>'.
	 * @see rectify.model.Review#getLayout()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_Layout();

	/**
	 * Returns the meta object for the '{@link rectify.model.Review#nextCauseNumber() <em>Next Cause Number</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Next Cause Number</em>' operation.
	 * @see rectify.model.Review#nextCauseNumber()
	 * @generated
	 */
	EOperation getReview__NextCauseNumber();

	/**
	 * Returns the meta object for class '{@link rectify.model.Aspect <em>Aspect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Aspect</em>'.
	 * @see rectify.model.Aspect
	 * @generated
	 */
	EClass getAspect();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Aspect#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see rectify.model.Aspect#getLabel()
	 * @see #getAspect()
	 * @generated
	 */
	EAttribute getAspect_Label();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Aspect#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see rectify.model.Aspect#getTitle()
	 * @see #getAspect()
	 * @generated
	 */
	EAttribute getAspect_Title();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Aspect#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see rectify.model.Aspect#getSummary()
	 * @see #getAspect()
	 * @generated
	 */
	EAttribute getAspect_Summary();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Aspect#getShortName <em>Short Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Short Name</em>'.
	 * @see rectify.model.Aspect#getShortName()
	 * @see #getAspect()
	 * @generated
	 */
	EAttribute getAspect_ShortName();

	/**
	 * Returns the meta object for the reference '{@link rectify.model.Aspect#getRequirement <em>Requirement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Requirement</em>'.
	 * @see rectify.model.Aspect#getRequirement()
	 * @see #getAspect()
	 * @generated
	 */
	EReference getAspect_Requirement();

	/**
	 * Returns the meta object for the containment reference list '{@link rectify.model.Aspect#getProblems <em>Problems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Problems</em>'.
	 * @see rectify.model.Aspect#getProblems()
	 * @see #getAspect()
	 * @generated
	 */
	EReference getAspect_Problems();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Aspect#getPosition <em>Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Position</em>'.
	 * @see rectify.model.Aspect#getPosition()
	 * @see #getAspect()
	 * @generated
	 */
	EAttribute getAspect_Position();

	/**
	 * Returns the meta object for the '{@link rectify.model.Aspect#nextProblemNumber() <em>Next Problem Number</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Next Problem Number</em>' operation.
	 * @see rectify.model.Aspect#nextProblemNumber()
	 * @generated
	 */
	EOperation getAspect__NextProblemNumber();

	/**
	 * Returns the meta object for class '{@link rectify.model.ChainElement <em>Chain Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Chain Element</em>'.
	 * @see rectify.model.ChainElement
	 * @generated
	 */
	EClass getChainElement();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.ChainElement#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see rectify.model.ChainElement#getNumber()
	 * @see #getChainElement()
	 * @generated
	 */
	EAttribute getChainElement_Number();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.ChainElement#getHeadline <em>Headline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Headline</em>'.
	 * @see rectify.model.ChainElement#getHeadline()
	 * @see #getChainElement()
	 * @generated
	 */
	EAttribute getChainElement_Headline();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.ChainElement#getFullNumber <em>Full Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Full Number</em>'.
	 * @see rectify.model.ChainElement#getFullNumber()
	 * @see #getChainElement()
	 * @generated
	 */
	EAttribute getChainElement_FullNumber();

	/**
	 * Returns the meta object for class '{@link rectify.model.Problem <em>Problem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Problem</em>'.
	 * @see rectify.model.Problem
	 * @generated
	 */
	EClass getProblem();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Problem#getExplanation <em>Explanation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Explanation</em>'.
	 * @see rectify.model.Problem#getExplanation()
	 * @see #getProblem()
	 * @generated
	 */
	EAttribute getProblem_Explanation();

	/**
	 * Returns the meta object for the containment reference list '{@link rectify.model.Problem#getExamples <em>Examples</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Examples</em>'.
	 * @see rectify.model.Problem#getExamples()
	 * @see #getProblem()
	 * @generated
	 */
	EReference getProblem_Examples();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Problem#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see rectify.model.Problem#getSeverity()
	 * @see #getProblem()
	 * @generated
	 */
	EAttribute getProblem_Severity();

	/**
	 * Returns the meta object for the reference list '{@link rectify.model.Problem#getCauses <em>Causes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Causes</em>'.
	 * @see rectify.model.Problem#getCauses()
	 * @see #getProblem()
	 * @generated
	 */
	EReference getProblem_Causes();

	/**
	 * Returns the meta object for the reference list '{@link rectify.model.Problem#getMeasures <em>Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Measures</em>'.
	 * @see rectify.model.Problem#getMeasures()
	 * @see #getProblem()
	 * @generated
	 */
	EReference getProblem_Measures();

	/**
	 * Returns the meta object for the reference list '{@link rectify.model.Problem#getSourceOpinions <em>Source Opinions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Source Opinions</em>'.
	 * @see rectify.model.Problem#getSourceOpinions()
	 * @see #getProblem()
	 * @generated
	 */
	EReference getProblem_SourceOpinions();

	/**
	 * Returns the meta object for the reference '{@link rectify.model.Problem#getEarlierOccurrence <em>Earlier Occurrence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Earlier Occurrence</em>'.
	 * @see rectify.model.Problem#getEarlierOccurrence()
	 * @see #getProblem()
	 * @generated
	 */
	EReference getProblem_EarlierOccurrence();

	/**
	 * Returns the meta object for class '{@link rectify.model.Example <em>Example</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Example</em>'.
	 * @see rectify.model.Example
	 * @generated
	 */
	EClass getExample();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Example#getLead <em>Lead</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lead</em>'.
	 * @see rectify.model.Example#getLead()
	 * @see #getExample()
	 * @generated
	 */
	EAttribute getExample_Lead();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Example#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see rectify.model.Example#getText()
	 * @see #getExample()
	 * @generated
	 */
	EAttribute getExample_Text();

	/**
	 * Returns the meta object for class '{@link rectify.model.Cause <em>Cause</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cause</em>'.
	 * @see rectify.model.Cause
	 * @generated
	 */
	EClass getCause();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Cause#getAnalysis <em>Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Analysis</em>'.
	 * @see rectify.model.Cause#getAnalysis()
	 * @see #getCause()
	 * @generated
	 */
	EAttribute getCause_Analysis();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Cause#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see rectify.model.Cause#getCategory()
	 * @see #getCause()
	 * @generated
	 */
	EAttribute getCause_Category();

	/**
	 * Returns the meta object for the reference list '{@link rectify.model.Cause#getProblems <em>Problems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Problems</em>'.
	 * @see rectify.model.Cause#getProblems()
	 * @see #getCause()
	 * @generated
	 */
	EReference getCause_Problems();

	/**
	 * Returns the meta object for the reference list '{@link rectify.model.Cause#getMeasures <em>Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Measures</em>'.
	 * @see rectify.model.Cause#getMeasures()
	 * @see #getCause()
	 * @generated
	 */
	EReference getCause_Measures();

	/**
	 * Returns the meta object for class '{@link rectify.model.Direction <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Direction</em>'.
	 * @see rectify.model.Direction
	 * @generated
	 */
	EClass getDirection();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Direction#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see rectify.model.Direction#getLabel()
	 * @see #getDirection()
	 * @generated
	 */
	EAttribute getDirection_Label();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Direction#getHeading <em>Heading</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Heading</em>'.
	 * @see rectify.model.Direction#getHeading()
	 * @see #getDirection()
	 * @generated
	 */
	EAttribute getDirection_Heading();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Direction#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see rectify.model.Direction#getSummary()
	 * @see #getDirection()
	 * @generated
	 */
	EAttribute getDirection_Summary();

	/**
	 * Returns the meta object for the containment reference list '{@link rectify.model.Direction#getMeasures <em>Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measures</em>'.
	 * @see rectify.model.Direction#getMeasures()
	 * @see #getDirection()
	 * @generated
	 */
	EReference getDirection_Measures();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Direction#getPosition <em>Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Position</em>'.
	 * @see rectify.model.Direction#getPosition()
	 * @see #getDirection()
	 * @generated
	 */
	EAttribute getDirection_Position();

	/**
	 * Returns the meta object for the '{@link rectify.model.Direction#nextMeasureNumber() <em>Next Measure Number</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Next Measure Number</em>' operation.
	 * @see rectify.model.Direction#nextMeasureNumber()
	 * @generated
	 */
	EOperation getDirection__NextMeasureNumber();

	/**
	 * Returns the meta object for class '{@link rectify.model.Measure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measure</em>'.
	 * @see rectify.model.Measure
	 * @generated
	 */
	EClass getMeasure();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Measure#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see rectify.model.Measure#getText()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_Text();

	/**
	 * Returns the meta object for the reference list '{@link rectify.model.Measure#getProblems <em>Problems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Problems</em>'.
	 * @see rectify.model.Measure#getProblems()
	 * @see #getMeasure()
	 * @generated
	 */
	EReference getMeasure_Problems();

	/**
	 * Returns the meta object for the reference list '{@link rectify.model.Measure#getCauses <em>Causes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Causes</em>'.
	 * @see rectify.model.Measure#getCauses()
	 * @see #getMeasure()
	 * @generated
	 */
	EReference getMeasure_Causes();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Measure#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see rectify.model.Measure#getKind()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_Kind();

	/**
	 * Returns the meta object for the reference '{@link rectify.model.Measure#getResponsibleLeader <em>Responsible Leader</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Responsible Leader</em>'.
	 * @see rectify.model.Measure#getResponsibleLeader()
	 * @see #getMeasure()
	 * @generated
	 */
	EReference getMeasure_ResponsibleLeader();

	/**
	 * Returns the meta object for the reference '{@link rectify.model.Measure#getResponsibleUnit <em>Responsible Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Responsible Unit</em>'.
	 * @see rectify.model.Measure#getResponsibleUnit()
	 * @see #getMeasure()
	 * @generated
	 */
	EReference getMeasure_ResponsibleUnit();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Measure#getDeadline <em>Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadline</em>'.
	 * @see rectify.model.Measure#getDeadline()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_Deadline();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Measure#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see rectify.model.Measure#getStatus()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_Status();

	/**
	 * Returns the meta object for the containment reference list '{@link rectify.model.Measure#getProgress <em>Progress</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Progress</em>'.
	 * @see rectify.model.Measure#getProgress()
	 * @see #getMeasure()
	 * @generated
	 */
	EReference getMeasure_Progress();

	/**
	 * Returns the meta object for the containment reference list '{@link rectify.model.Measure#getDeadlineChanges <em>Deadline Changes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Deadline Changes</em>'.
	 * @see rectify.model.Measure#getDeadlineChanges()
	 * @see #getMeasure()
	 * @generated
	 */
	EReference getMeasure_DeadlineChanges();

	/**
	 * Returns the meta object for the containment reference '{@link rectify.model.Measure#getVerification <em>Verification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Verification</em>'.
	 * @see rectify.model.Measure#getVerification()
	 * @see #getMeasure()
	 * @generated
	 */
	EReference getMeasure_Verification();

	/**
	 * Returns the meta object for the containment reference list '{@link rectify.model.Measure#getEarlierVerifications <em>Earlier Verifications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Earlier Verifications</em>'.
	 * @see rectify.model.Measure#getEarlierVerifications()
	 * @see #getMeasure()
	 * @generated
	 */
	EReference getMeasure_EarlierVerifications();

	/**
	 * Returns the meta object for the '{@link rectify.model.Measure#isOverdue(java.time.LocalDate) <em>Is Overdue</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Overdue</em>' operation.
	 * @see rectify.model.Measure#isOverdue(java.time.LocalDate)
	 * @generated
	 */
	EOperation getMeasure__IsOverdue__LocalDate();

	/**
	 * Returns the meta object for class '{@link rectify.model.ProgressEntry <em>Progress Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Progress Entry</em>'.
	 * @see rectify.model.ProgressEntry
	 * @generated
	 */
	EClass getProgressEntry();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.ProgressEntry#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see rectify.model.ProgressEntry#getDate()
	 * @see #getProgressEntry()
	 * @generated
	 */
	EAttribute getProgressEntry_Date();

	/**
	 * Returns the meta object for the reference '{@link rectify.model.ProgressEntry#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Author</em>'.
	 * @see rectify.model.ProgressEntry#getAuthor()
	 * @see #getProgressEntry()
	 * @generated
	 */
	EReference getProgressEntry_Author();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.ProgressEntry#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see rectify.model.ProgressEntry#getText()
	 * @see #getProgressEntry()
	 * @generated
	 */
	EAttribute getProgressEntry_Text();

	/**
	 * Returns the meta object for the reference list '{@link rectify.model.ProgressEntry#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Evidence</em>'.
	 * @see rectify.model.ProgressEntry#getEvidence()
	 * @see #getProgressEntry()
	 * @generated
	 */
	EReference getProgressEntry_Evidence();

	/**
	 * Returns the meta object for class '{@link rectify.model.DeadlineChange <em>Deadline Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Deadline Change</em>'.
	 * @see rectify.model.DeadlineChange
	 * @generated
	 */
	EClass getDeadlineChange();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.DeadlineChange#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see rectify.model.DeadlineChange#getDate()
	 * @see #getDeadlineChange()
	 * @generated
	 */
	EAttribute getDeadlineChange_Date();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.DeadlineChange#getPreviousDeadline <em>Previous Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Previous Deadline</em>'.
	 * @see rectify.model.DeadlineChange#getPreviousDeadline()
	 * @see #getDeadlineChange()
	 * @generated
	 */
	EAttribute getDeadlineChange_PreviousDeadline();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.DeadlineChange#getNewDeadline <em>New Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Deadline</em>'.
	 * @see rectify.model.DeadlineChange#getNewDeadline()
	 * @see #getDeadlineChange()
	 * @generated
	 */
	EAttribute getDeadlineChange_NewDeadline();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.DeadlineChange#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see rectify.model.DeadlineChange#getReason()
	 * @see #getDeadlineChange()
	 * @generated
	 */
	EAttribute getDeadlineChange_Reason();

	/**
	 * Returns the meta object for class '{@link rectify.model.Verification <em>Verification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Verification</em>'.
	 * @see rectify.model.Verification
	 * @generated
	 */
	EClass getVerification();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Verification#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see rectify.model.Verification#getDate()
	 * @see #getVerification()
	 * @generated
	 */
	EAttribute getVerification_Date();

	/**
	 * Returns the meta object for the reference '{@link rectify.model.Verification#getVerifier <em>Verifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Verifier</em>'.
	 * @see rectify.model.Verification#getVerifier()
	 * @see #getVerification()
	 * @generated
	 */
	EReference getVerification_Verifier();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Verification#getResult <em>Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Result</em>'.
	 * @see rectify.model.Verification#getResult()
	 * @see #getVerification()
	 * @generated
	 */
	EAttribute getVerification_Result();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.Verification#getRemarks <em>Remarks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remarks</em>'.
	 * @see rectify.model.Verification#getRemarks()
	 * @see #getVerification()
	 * @generated
	 */
	EAttribute getVerification_Remarks();

	/**
	 * Returns the meta object for class '{@link rectify.model.ArchivalInfo <em>Archival Info</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Archival Info</em>'.
	 * @see rectify.model.ArchivalInfo
	 * @generated
	 */
	EClass getArchivalInfo();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.ArchivalInfo#getRetention <em>Retention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retention</em>'.
	 * @see rectify.model.ArchivalInfo#getRetention()
	 * @see #getArchivalInfo()
	 * @generated
	 */
	EAttribute getArchivalInfo_Retention();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.ArchivalInfo#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see rectify.model.ArchivalInfo#getYear()
	 * @see #getArchivalInfo()
	 * @generated
	 */
	EAttribute getArchivalInfo_Year();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.ArchivalInfo#getOrganizationCode <em>Organization Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Organization Code</em>'.
	 * @see rectify.model.ArchivalInfo#getOrganizationCode()
	 * @see #getArchivalInfo()
	 * @generated
	 */
	EAttribute getArchivalInfo_OrganizationCode();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.ArchivalInfo#getItemNumber <em>Item Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item Number</em>'.
	 * @see rectify.model.ArchivalInfo#getItemNumber()
	 * @see #getArchivalInfo()
	 * @generated
	 */
	EAttribute getArchivalInfo_ItemNumber();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.ArchivalInfo#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference</em>'.
	 * @see rectify.model.ArchivalInfo#getReference()
	 * @see #getArchivalInfo()
	 * @generated
	 */
	EAttribute getArchivalInfo_Reference();

	/**
	 * Returns the meta object for class '{@link rectify.model.AttachedDocument <em>Attached Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attached Document</em>'.
	 * @see rectify.model.AttachedDocument
	 * @generated
	 */
	EClass getAttachedDocument();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.AttachedDocument#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see rectify.model.AttachedDocument#getTitle()
	 * @see #getAttachedDocument()
	 * @generated
	 */
	EAttribute getAttachedDocument_Title();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.AttachedDocument#getDocumentNumber <em>Document Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document Number</em>'.
	 * @see rectify.model.AttachedDocument#getDocumentNumber()
	 * @see #getAttachedDocument()
	 * @generated
	 */
	EAttribute getAttachedDocument_DocumentNumber();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.AttachedDocument#getIssuer <em>Issuer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issuer</em>'.
	 * @see rectify.model.AttachedDocument#getIssuer()
	 * @see #getAttachedDocument()
	 * @generated
	 */
	EAttribute getAttachedDocument_Issuer();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.AttachedDocument#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see rectify.model.AttachedDocument#getDate()
	 * @see #getAttachedDocument()
	 * @generated
	 */
	EAttribute getAttachedDocument_Date();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.AttachedDocument#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see rectify.model.AttachedDocument#getPath()
	 * @see #getAttachedDocument()
	 * @generated
	 */
	EAttribute getAttachedDocument_Path();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.AttachedDocument#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see rectify.model.AttachedDocument#getSha256()
	 * @see #getAttachedDocument()
	 * @generated
	 */
	EAttribute getAttachedDocument_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.AttachedDocument#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see rectify.model.AttachedDocument#getSize()
	 * @see #getAttachedDocument()
	 * @generated
	 */
	EAttribute getAttachedDocument_Size();

	/**
	 * Returns the meta object for class '{@link rectify.model.DiagramLayout <em>Diagram Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Layout</em>'.
	 * @see rectify.model.DiagramLayout
	 * @generated
	 */
	EClass getDiagramLayout();

	/**
	 * Returns the meta object for the containment reference list '{@link rectify.model.DiagramLayout#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nodes</em>'.
	 * @see rectify.model.DiagramLayout#getNodes()
	 * @see #getDiagramLayout()
	 * @generated
	 */
	EReference getDiagramLayout_Nodes();

	/**
	 * Returns the meta object for class '{@link rectify.model.NodeLayout <em>Node Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Layout</em>'.
	 * @see rectify.model.NodeLayout
	 * @generated
	 */
	EClass getNodeLayout();

	/**
	 * Returns the meta object for the reference '{@link rectify.model.NodeLayout#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Element</em>'.
	 * @see rectify.model.NodeLayout#getElement()
	 * @see #getNodeLayout()
	 * @generated
	 */
	EReference getNodeLayout_Element();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.NodeLayout#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see rectify.model.NodeLayout#getX()
	 * @see #getNodeLayout()
	 * @generated
	 */
	EAttribute getNodeLayout_X();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.NodeLayout#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see rectify.model.NodeLayout#getY()
	 * @see #getNodeLayout()
	 * @generated
	 */
	EAttribute getNodeLayout_Y();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.NodeLayout#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see rectify.model.NodeLayout#getWidth()
	 * @see #getNodeLayout()
	 * @generated
	 */
	EAttribute getNodeLayout_Width();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.NodeLayout#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see rectify.model.NodeLayout#getHeight()
	 * @see #getNodeLayout()
	 * @generated
	 */
	EAttribute getNodeLayout_Height();

	/**
	 * Returns the meta object for the attribute '{@link rectify.model.NodeLayout#isPinned <em>Pinned</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pinned</em>'.
	 * @see rectify.model.NodeLayout#isPinned()
	 * @see #getNodeLayout()
	 * @generated
	 */
	EAttribute getNodeLayout_Pinned();

	/**
	 * Returns the meta object for enum '{@link rectify.model.OrgUnitKind <em>Org Unit Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Org Unit Kind</em>'.
	 * @see rectify.model.OrgUnitKind
	 * @generated
	 */
	EEnum getOrgUnitKind();

	/**
	 * Returns the meta object for enum '{@link rectify.model.RecordStatus <em>Record Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Record Status</em>'.
	 * @see rectify.model.RecordStatus
	 * @generated
	 */
	EEnum getRecordStatus();

	/**
	 * Returns the meta object for enum '{@link rectify.model.MeetingKind <em>Meeting Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Meeting Kind</em>'.
	 * @see rectify.model.MeetingKind
	 * @generated
	 */
	EEnum getMeetingKind();

	/**
	 * Returns the meta object for enum '{@link rectify.model.InspectionKind <em>Inspection Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Inspection Kind</em>'.
	 * @see rectify.model.InspectionKind
	 * @generated
	 */
	EEnum getInspectionKind();

	/**
	 * Returns the meta object for enum '{@link rectify.model.StudyForm <em>Study Form</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Study Form</em>'.
	 * @see rectify.model.StudyForm
	 * @generated
	 */
	EEnum getStudyForm();

	/**
	 * Returns the meta object for enum '{@link rectify.model.OpinionChannel <em>Opinion Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Opinion Channel</em>'.
	 * @see rectify.model.OpinionChannel
	 * @generated
	 */
	EEnum getOpinionChannel();

	/**
	 * Returns the meta object for enum '{@link rectify.model.Disposition <em>Disposition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Disposition</em>'.
	 * @see rectify.model.Disposition
	 * @generated
	 */
	EEnum getDisposition();

	/**
	 * Returns the meta object for enum '{@link rectify.model.TalkPairing <em>Talk Pairing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Talk Pairing</em>'.
	 * @see rectify.model.TalkPairing
	 * @generated
	 */
	EEnum getTalkPairing();

	/**
	 * Returns the meta object for enum '{@link rectify.model.Severity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Severity</em>'.
	 * @see rectify.model.Severity
	 * @generated
	 */
	EEnum getSeverity();

	/**
	 * Returns the meta object for enum '{@link rectify.model.CauseCategory <em>Cause Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cause Category</em>'.
	 * @see rectify.model.CauseCategory
	 * @generated
	 */
	EEnum getCauseCategory();

	/**
	 * Returns the meta object for enum '{@link rectify.model.MeasureKind <em>Measure Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Measure Kind</em>'.
	 * @see rectify.model.MeasureKind
	 * @generated
	 */
	EEnum getMeasureKind();

	/**
	 * Returns the meta object for enum '{@link rectify.model.MeasureStatus <em>Measure Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Measure Status</em>'.
	 * @see rectify.model.MeasureStatus
	 * @generated
	 */
	EEnum getMeasureStatus();

	/**
	 * Returns the meta object for enum '{@link rectify.model.VerificationResult <em>Verification Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Verification Result</em>'.
	 * @see rectify.model.VerificationResult
	 * @generated
	 */
	EEnum getVerificationResult();

	/**
	 * Returns the meta object for enum '{@link rectify.model.RetentionPeriod <em>Retention Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Retention Period</em>'.
	 * @see rectify.model.RetentionPeriod
	 * @generated
	 */
	EEnum getRetentionPeriod();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar day without time or zone, written in XML as yyyy-MM-dd.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	RectifyFactory getRectifyFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link rectify.model.impl.RegisterImpl <em>Register</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.impl.RegisterImpl
		 * @see rectify.model.impl.RectifyPackageImpl#getRegister()
		 * @generated
		 */
		EClass REGISTER = eINSTANCE.getRegister();

		/**
		 * The meta object literal for the '<em><b>Organization Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTER__ORGANIZATION_NAME = eINSTANCE.getRegister_OrganizationName();

		/**
		 * The meta object literal for the '<em><b>Fonds Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTER__FONDS_CODE = eINSTANCE.getRegister_FondsCode();

		/**
		 * The meta object literal for the '<em><b>Units</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGISTER__UNITS = eINSTANCE.getRegister_Units();

		/**
		 * The meta object literal for the '<em><b>People</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGISTER__PEOPLE = eINSTANCE.getRegister_People();

		/**
		 * The meta object literal for the '<em><b>Notices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGISTER__NOTICES = eINSTANCE.getRegister_Notices();

		/**
		 * The meta object literal for the '<em><b>Templates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGISTER__TEMPLATES = eINSTANCE.getRegister_Templates();

		/**
		 * The meta object literal for the '<em><b>Records</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGISTER__RECORDS = eINSTANCE.getRegister_Records();

		/**
		 * The meta object literal for the '{@link rectify.model.impl.OrgUnitImpl <em>Org Unit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.impl.OrgUnitImpl
		 * @see rectify.model.impl.RectifyPackageImpl#getOrgUnit()
		 * @generated
		 */
		EClass ORG_UNIT = eINSTANCE.getOrgUnit();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORG_UNIT__NAME = eINSTANCE.getOrgUnit_Name();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORG_UNIT__CODE = eINSTANCE.getOrgUnit_Code();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORG_UNIT__KIND = eINSTANCE.getOrgUnit_Kind();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORG_UNIT__PARENT = eINSTANCE.getOrgUnit_Parent();

		/**
		 * The meta object literal for the '{@link rectify.model.impl.PersonImpl <em>Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.impl.PersonImpl
		 * @see rectify.model.impl.RectifyPackageImpl#getPerson()
		 * @generated
		 */
		EClass PERSON = eINSTANCE.getPerson();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__NAME = eINSTANCE.getPerson_Name();

		/**
		 * The meta object literal for the '<em><b>Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__POSITION = eINSTANCE.getPerson_Position();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSON__UNIT = eINSTANCE.getPerson_Unit();

		/**
		 * The meta object literal for the '<em><b>Leadership Member</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__LEADERSHIP_MEMBER = eINSTANCE.getPerson_LeadershipMember();

		/**
		 * The meta object literal for the '{@link rectify.model.impl.NoticeImpl <em>Notice</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.impl.NoticeImpl
		 * @see rectify.model.impl.RectifyPackageImpl#getNotice()
		 * @generated
		 */
		EClass NOTICE = eINSTANCE.getNotice();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTICE__TITLE = eINSTANCE.getNotice_Title();

		/**
		 * The meta object literal for the '<em><b>Document Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTICE__DOCUMENT_NUMBER = eINSTANCE.getNotice_DocumentNumber();

		/**
		 * The meta object literal for the '<em><b>Issuer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTICE__ISSUER = eINSTANCE.getNotice_Issuer();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTICE__DATE = eINSTANCE.getNotice_Date();

		/**
		 * The meta object literal for the '{@link rectify.model.impl.ReviewTemplateImpl <em>Review Template</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.impl.ReviewTemplateImpl
		 * @see rectify.model.impl.RectifyPackageImpl#getReviewTemplate()
		 * @generated
		 */
		EClass REVIEW_TEMPLATE = eINSTANCE.getReviewTemplate();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_TEMPLATE__NAME = eINSTANCE.getReviewTemplate_Name();

		/**
		 * The meta object literal for the '<em><b>Notice</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW_TEMPLATE__NOTICE = eINSTANCE.getReviewTemplate_Notice();

		/**
		 * The meta object literal for the '<em><b>Aspects</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW_TEMPLATE__ASPECTS = eINSTANCE.getReviewTemplate_Aspects();

		/**
		 * The meta object literal for the '{@link rectify.model.impl.RequiredAspectImpl <em>Required Aspect</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.impl.RequiredAspectImpl
		 * @see rectify.model.impl.RectifyPackageImpl#getRequiredAspect()
		 * @generated
		 */
		EClass REQUIRED_ASPECT = eINSTANCE.getRequiredAspect();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUIRED_ASPECT__TITLE = eINSTANCE.getRequiredAspect_Title();

		/**
		 * The meta object literal for the '<em><b>Short Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUIRED_ASPECT__SHORT_NAME = eINSTANCE.getRequiredAspect_ShortName();

		/**
		 * The meta object literal for the '<em><b>Minimum Problems</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUIRED_ASPECT__MINIMUM_PROBLEMS = eINSTANCE.getRequiredAspect_MinimumProblems();

		/**
		 * The meta object literal for the '{@link rectify.model.impl.RecordImpl <em>Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.impl.RecordImpl
		 * @see rectify.model.impl.RectifyPackageImpl#getRecord()
		 * @generated
		 */
		EClass RECORD = eINSTANCE.getRecord();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__TITLE = eINSTANCE.getRecord_Title();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__YEAR = eINSTANCE.getRecord_Year();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__DATE = eINSTANCE.getRecord_Date();

		/**
		 * The meta object literal for the '<em><b>Place</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__PLACE = eINSTANCE.getRecord_Place();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__STATUS = eINSTANCE.getRecord_Status();

		/**
		 * The meta object literal for the '<em><b>Example</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__EXAMPLE = eINSTANCE.getRecord_Example();

		/**
		 * The meta object literal for the '<em><b>Archival Info</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECORD__ARCHIVAL_INFO = eINSTANCE.getRecord_ArchivalInfo();

		/**
		 * The meta object literal for the '<em><b>Documents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECORD__DOCUMENTS = eINSTANCE.getRecord_Documents();

		/**
		 * The meta object literal for the '<em><b>Review</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECORD__REVIEW = eINSTANCE.getRecord_Review();

		/**
		 * The meta object literal for the '<em><b>Aspect Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__ASPECT_COUNT = eINSTANCE.getRecord_AspectCount();

		/**
		 * The meta object literal for the '<em><b>Problem Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__PROBLEM_COUNT = eINSTANCE.getRecord_ProblemCount();

		/**
		 * The meta object literal for the '<em><b>Cause Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__CAUSE_COUNT = eINSTANCE.getRecord_CauseCount();

		/**
		 * The meta object literal for the '<em><b>Direction Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__DIRECTION_COUNT = eINSTANCE.getRecord_DirectionCount();

		/**
		 * The meta object literal for the '<em><b>Measure Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__MEASURE_COUNT = eINSTANCE.getRecord_MeasureCount();

		/**
		 * The meta object literal for the '<em><b>Opinion Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__OPINION_COUNT = eINSTANCE.getRecord_OpinionCount();

		/**
		 * The meta object literal for the '<em><b>Talk Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__TALK_COUNT = eINSTANCE.getRecord_TalkCount();

		/**
		 * The meta object literal for the '{@link rectify.model.impl.MeetingImpl <em>Meeting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.impl.MeetingImpl
		 * @see rectify.model.impl.RectifyPackageImpl#getMeeting()
		 * @generated
		 */
		EClass MEETING = eINSTANCE.getMeeting();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__KIND = eINSTANCE.getMeeting_Kind();

		/**
		 * The meta object literal for the '<em><b>Theme</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__THEME = eINSTANCE.getMeeting_Theme();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__HOST = eINSTANCE.getMeeting_Host();

		/**
		 * The meta object literal for the '<em><b>Attendees</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__ATTENDEES = eINSTANCE.getMeeting_Attendees();

		/**
		 * The meta object literal for the '<em><b>Basis Notice</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__BASIS_NOTICE = eINSTANCE.getMeeting_BasisNotice();

		/**
		 * The meta object literal for the '<em><b>Plan</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__PLAN = eINSTANCE.getMeeting_Plan();

		/**
		 * The meta object literal for the '<em><b>Study Sessions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__STUDY_SESSIONS = eINSTANCE.getMeeting_StudySessions();

		/**
		 * The meta object literal for the '<em><b>Solicitations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__SOLICITATIONS = eINSTANCE.getMeeting_Solicitations();

		/**
		 * The meta object literal for the '<em><b>Talks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__TALKS = eINSTANCE.getMeeting_Talks();

		/**
		 * The meta object literal for the '<em><b>Criticisms</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__CRITICISMS = eINSTANCE.getMeeting_Criticisms();

		/**
		 * The meta object literal for the '<em><b>Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__MINUTES = eINSTANCE.getMeeting_Minutes();

		/**
		 * The meta object literal for the '{@link rectify.model.impl.InspectionImpl <em>Inspection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.impl.InspectionImpl
		 * @see rectify.model.impl.RectifyPackageImpl#getInspection()
		 * @generated
		 */
		EClass INSPECTION = eINSTANCE.getInspection();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION__KIND = eINSTANCE.getInspection_Kind();

		/**
		 * The meta object literal for the '<em><b>Inspecting Body</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION__INSPECTING_BODY = eINSTANCE.getInspection_InspectingBody();

		/**
		 * The meta object literal for the '<em><b>Inspected Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION__INSPECTED_UNIT = eINSTANCE.getInspection_InspectedUnit();

		/**
		 * The meta object literal for the '<em><b>Period Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION__PERIOD_START = eINSTANCE.getInspection_PeriodStart();

		/**
		 * The meta object literal for the '<em><b>Period End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION__PERIOD_END = eINSTANCE.getInspection_PeriodEnd();

		/**
		 * The meta object literal for the '<em><b>Feedback Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION__FEEDBACK_DATE = eINSTANCE.getInspection_FeedbackDate();

		/**
		 * The meta object literal for the '{@link rectify.model.impl.StudySessionImpl <em>Study Session</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.impl.StudySessionImpl
		 * @see rectify.model.impl.RectifyPackageImpl#getStudySession()
		 * @generated
		 */
		EClass STUDY_SESSION = eINSTANCE.getStudySession();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_SESSION__DATE = eINSTANCE.getStudySession_Date();

		/**
		 * The meta object literal for the '<em><b>Form</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_SESSION__FORM = eINSTANCE.getStudySession_Form();

		/**
		 * The meta object literal for the '<em><b>Topic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_SESSION__TOPIC = eINSTANCE.getStudySession_Topic();

		/**
		 * The meta object literal for the '{@link rectify.model.impl.SolicitationImpl <em>Solicitation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.impl.SolicitationImpl
		 * @see rectify.model.impl.RectifyPackageImpl#getSolicitation()
		 * @generated
		 */
		EClass SOLICITATION = eINSTANCE.getSolicitation();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOLICITATION__CHANNELS = eINSTANCE.getSolicitation_Channels();

		/**
		 * The meta object literal for the '<em><b>Source Kinds</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOLICITATION__SOURCE_KINDS = eINSTANCE.getSolicitation_SourceKinds();

		/**
		 * The meta object literal for the '<em><b>Reported Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOLICITATION__REPORTED_COUNT = eINSTANCE.getSolicitation_ReportedCount();

		/**
		 * The meta object literal for the '<em><b>Opinions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOLICITATION__OPINIONS = eINSTANCE.getSolicitation_Opinions();

		/**
		 * The meta object literal for the '{@link rectify.model.impl.OpinionImpl <em>Opinion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.impl.OpinionImpl
		 * @see rectify.model.impl.RectifyPackageImpl#getOpinion()
		 * @generated
		 */
		EClass OPINION = eINSTANCE.getOpinion();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPINION__TEXT = eINSTANCE.getOpinion_Text();

		/**
		 * The meta object literal for the '<em><b>Source Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPINION__SOURCE_UNIT = eINSTANCE.getOpinion_SourceUnit();

		/**
		 * The meta object literal for the '<em><b>Source Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPINION__SOURCE_KIND = eINSTANCE.getOpinion_SourceKind();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPINION__CHANNEL = eINSTANCE.getOpinion_Channel();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPINION__DATE = eINSTANCE.getOpinion_Date();

		/**
		 * The meta object literal for the '<em><b>Disposition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPINION__DISPOSITION = eINSTANCE.getOpinion_Disposition();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPINION__REASON = eINSTANCE.getOpinion_Reason();

		/**
		 * The meta object literal for the '<em><b>Problems</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPINION__PROBLEMS = eINSTANCE.getOpinion_Problems();

		/**
		 * The meta object literal for the '<em><b>Feedback Given</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPINION__FEEDBACK_GIVEN = eINSTANCE.getOpinion_FeedbackGiven();

		/**
		 * The meta object literal for the '{@link rectify.model.impl.TalkImpl <em>Talk</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.impl.TalkImpl
		 * @see rectify.model.impl.RectifyPackageImpl#getTalk()
		 * @generated
		 */
		EClass TALK = eINSTANCE.getTalk();

		/**
		 * The meta object literal for the '<em><b>Initiator</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TALK__INITIATOR = eINSTANCE.getTalk_Initiator();

		/**
		 * The meta object literal for the '<em><b>Initiator Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TALK__INITIATOR_DESCRIPTION = eINSTANCE.getTalk_InitiatorDescription();

		/**
		 * The meta object literal for the '<em><b>Partner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TALK__PARTNER = eINSTANCE.getTalk_Partner();

		/**
		 * The meta object literal for the '<em><b>Partner Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TALK__PARTNER_DESCRIPTION = eINSTANCE.getTalk_PartnerDescription();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TALK__DATE = eINSTANCE.getTalk_Date();

		/**
		 * The meta object literal for the '<em><b>Pairing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TALK__PAIRING = eINSTANCE.getTalk_Pairing();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TALK__SUMMARY = eINSTANCE.getTalk_Summary();

		/**
		 * The meta object literal for the '{@link rectify.model.impl.CriticismImpl <em>Criticism</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.impl.CriticismImpl
		 * @see rectify.model.impl.RectifyPackageImpl#getCriticism()
		 * @generated
		 */
		EClass CRITICISM = eINSTANCE.getCriticism();

		/**
		 * The meta object literal for the '<em><b>Critic</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRITICISM__CRITIC = eINSTANCE.getCriticism_Critic();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRITICISM__TARGET = eINSTANCE.getCriticism_Target();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITICISM__TEXT = eINSTANCE.getCriticism_Text();

		/**
		 * The meta object literal for the '{@link rectify.model.impl.ReviewImpl <em>Review</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.impl.ReviewImpl
		 * @see rectify.model.impl.RectifyPackageImpl#getReview()
		 * @generated
		 */
		EClass REVIEW = eINSTANCE.getReview();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__TITLE = eINSTANCE.getReview_Title();

		/**
		 * The meta object literal for the '<em><b>Preamble</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__PREAMBLE = eINSTANCE.getReview_Preamble();

		/**
		 * The meta object literal for the '<em><b>Problems Heading</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__PROBLEMS_HEADING = eINSTANCE.getReview_ProblemsHeading();

		/**
		 * The meta object literal for the '<em><b>Aspects</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__ASPECTS = eINSTANCE.getReview_Aspects();

		/**
		 * The meta object literal for the '<em><b>Causes Heading</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__CAUSES_HEADING = eINSTANCE.getReview_CausesHeading();

		/**
		 * The meta object literal for the '<em><b>Causes Intro</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__CAUSES_INTRO = eINSTANCE.getReview_CausesIntro();

		/**
		 * The meta object literal for the '<em><b>Causes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__CAUSES = eINSTANCE.getReview_Causes();

		/**
		 * The meta object literal for the '<em><b>Directions Heading</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__DIRECTIONS_HEADING = eINSTANCE.getReview_DirectionsHeading();

		/**
		 * The meta object literal for the '<em><b>Directions Intro</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__DIRECTIONS_INTRO = eINSTANCE.getReview_DirectionsIntro();

		/**
		 * The meta object literal for the '<em><b>Directions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__DIRECTIONS = eINSTANCE.getReview_Directions();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__NOTES = eINSTANCE.getReview_Notes();

		/**
		 * The meta object literal for the '<em><b>Template</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__TEMPLATE = eINSTANCE.getReview_Template();

		/**
		 * The meta object literal for the '<em><b>Layout</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__LAYOUT = eINSTANCE.getReview_Layout();

		/**
		 * The meta object literal for the '<em><b>Next Cause Number</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation REVIEW___NEXT_CAUSE_NUMBER = eINSTANCE.getReview__NextCauseNumber();

		/**
		 * The meta object literal for the '{@link rectify.model.impl.AspectImpl <em>Aspect</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.impl.AspectImpl
		 * @see rectify.model.impl.RectifyPackageImpl#getAspect()
		 * @generated
		 */
		EClass ASPECT = eINSTANCE.getAspect();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASPECT__LABEL = eINSTANCE.getAspect_Label();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASPECT__TITLE = eINSTANCE.getAspect_Title();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASPECT__SUMMARY = eINSTANCE.getAspect_Summary();

		/**
		 * The meta object literal for the '<em><b>Short Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASPECT__SHORT_NAME = eINSTANCE.getAspect_ShortName();

		/**
		 * The meta object literal for the '<em><b>Requirement</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASPECT__REQUIREMENT = eINSTANCE.getAspect_Requirement();

		/**
		 * The meta object literal for the '<em><b>Problems</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASPECT__PROBLEMS = eINSTANCE.getAspect_Problems();

		/**
		 * The meta object literal for the '<em><b>Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASPECT__POSITION = eINSTANCE.getAspect_Position();

		/**
		 * The meta object literal for the '<em><b>Next Problem Number</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ASPECT___NEXT_PROBLEM_NUMBER = eINSTANCE.getAspect__NextProblemNumber();

		/**
		 * The meta object literal for the '{@link rectify.model.impl.ChainElementImpl <em>Chain Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.impl.ChainElementImpl
		 * @see rectify.model.impl.RectifyPackageImpl#getChainElement()
		 * @generated
		 */
		EClass CHAIN_ELEMENT = eINSTANCE.getChainElement();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHAIN_ELEMENT__NUMBER = eINSTANCE.getChainElement_Number();

		/**
		 * The meta object literal for the '<em><b>Headline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHAIN_ELEMENT__HEADLINE = eINSTANCE.getChainElement_Headline();

		/**
		 * The meta object literal for the '<em><b>Full Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHAIN_ELEMENT__FULL_NUMBER = eINSTANCE.getChainElement_FullNumber();

		/**
		 * The meta object literal for the '{@link rectify.model.impl.ProblemImpl <em>Problem</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.impl.ProblemImpl
		 * @see rectify.model.impl.RectifyPackageImpl#getProblem()
		 * @generated
		 */
		EClass PROBLEM = eINSTANCE.getProblem();

		/**
		 * The meta object literal for the '<em><b>Explanation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM__EXPLANATION = eINSTANCE.getProblem_Explanation();

		/**
		 * The meta object literal for the '<em><b>Examples</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROBLEM__EXAMPLES = eINSTANCE.getProblem_Examples();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM__SEVERITY = eINSTANCE.getProblem_Severity();

		/**
		 * The meta object literal for the '<em><b>Causes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROBLEM__CAUSES = eINSTANCE.getProblem_Causes();

		/**
		 * The meta object literal for the '<em><b>Measures</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROBLEM__MEASURES = eINSTANCE.getProblem_Measures();

		/**
		 * The meta object literal for the '<em><b>Source Opinions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROBLEM__SOURCE_OPINIONS = eINSTANCE.getProblem_SourceOpinions();

		/**
		 * The meta object literal for the '<em><b>Earlier Occurrence</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROBLEM__EARLIER_OCCURRENCE = eINSTANCE.getProblem_EarlierOccurrence();

		/**
		 * The meta object literal for the '{@link rectify.model.impl.ExampleImpl <em>Example</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.impl.ExampleImpl
		 * @see rectify.model.impl.RectifyPackageImpl#getExample()
		 * @generated
		 */
		EClass EXAMPLE = eINSTANCE.getExample();

		/**
		 * The meta object literal for the '<em><b>Lead</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXAMPLE__LEAD = eINSTANCE.getExample_Lead();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXAMPLE__TEXT = eINSTANCE.getExample_Text();

		/**
		 * The meta object literal for the '{@link rectify.model.impl.CauseImpl <em>Cause</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.impl.CauseImpl
		 * @see rectify.model.impl.RectifyPackageImpl#getCause()
		 * @generated
		 */
		EClass CAUSE = eINSTANCE.getCause();

		/**
		 * The meta object literal for the '<em><b>Analysis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAUSE__ANALYSIS = eINSTANCE.getCause_Analysis();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAUSE__CATEGORY = eINSTANCE.getCause_Category();

		/**
		 * The meta object literal for the '<em><b>Problems</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAUSE__PROBLEMS = eINSTANCE.getCause_Problems();

		/**
		 * The meta object literal for the '<em><b>Measures</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAUSE__MEASURES = eINSTANCE.getCause_Measures();

		/**
		 * The meta object literal for the '{@link rectify.model.impl.DirectionImpl <em>Direction</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.impl.DirectionImpl
		 * @see rectify.model.impl.RectifyPackageImpl#getDirection()
		 * @generated
		 */
		EClass DIRECTION = eINSTANCE.getDirection();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECTION__LABEL = eINSTANCE.getDirection_Label();

		/**
		 * The meta object literal for the '<em><b>Heading</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECTION__HEADING = eINSTANCE.getDirection_Heading();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECTION__SUMMARY = eINSTANCE.getDirection_Summary();

		/**
		 * The meta object literal for the '<em><b>Measures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIRECTION__MEASURES = eINSTANCE.getDirection_Measures();

		/**
		 * The meta object literal for the '<em><b>Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECTION__POSITION = eINSTANCE.getDirection_Position();

		/**
		 * The meta object literal for the '<em><b>Next Measure Number</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation DIRECTION___NEXT_MEASURE_NUMBER = eINSTANCE.getDirection__NextMeasureNumber();

		/**
		 * The meta object literal for the '{@link rectify.model.impl.MeasureImpl <em>Measure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.impl.MeasureImpl
		 * @see rectify.model.impl.RectifyPackageImpl#getMeasure()
		 * @generated
		 */
		EClass MEASURE = eINSTANCE.getMeasure();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__TEXT = eINSTANCE.getMeasure_Text();

		/**
		 * The meta object literal for the '<em><b>Problems</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASURE__PROBLEMS = eINSTANCE.getMeasure_Problems();

		/**
		 * The meta object literal for the '<em><b>Causes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASURE__CAUSES = eINSTANCE.getMeasure_Causes();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__KIND = eINSTANCE.getMeasure_Kind();

		/**
		 * The meta object literal for the '<em><b>Responsible Leader</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASURE__RESPONSIBLE_LEADER = eINSTANCE.getMeasure_ResponsibleLeader();

		/**
		 * The meta object literal for the '<em><b>Responsible Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASURE__RESPONSIBLE_UNIT = eINSTANCE.getMeasure_ResponsibleUnit();

		/**
		 * The meta object literal for the '<em><b>Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__DEADLINE = eINSTANCE.getMeasure_Deadline();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__STATUS = eINSTANCE.getMeasure_Status();

		/**
		 * The meta object literal for the '<em><b>Progress</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASURE__PROGRESS = eINSTANCE.getMeasure_Progress();

		/**
		 * The meta object literal for the '<em><b>Deadline Changes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASURE__DEADLINE_CHANGES = eINSTANCE.getMeasure_DeadlineChanges();

		/**
		 * The meta object literal for the '<em><b>Verification</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASURE__VERIFICATION = eINSTANCE.getMeasure_Verification();

		/**
		 * The meta object literal for the '<em><b>Earlier Verifications</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASURE__EARLIER_VERIFICATIONS = eINSTANCE.getMeasure_EarlierVerifications();

		/**
		 * The meta object literal for the '<em><b>Is Overdue</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MEASURE___IS_OVERDUE__LOCALDATE = eINSTANCE.getMeasure__IsOverdue__LocalDate();

		/**
		 * The meta object literal for the '{@link rectify.model.impl.ProgressEntryImpl <em>Progress Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.impl.ProgressEntryImpl
		 * @see rectify.model.impl.RectifyPackageImpl#getProgressEntry()
		 * @generated
		 */
		EClass PROGRESS_ENTRY = eINSTANCE.getProgressEntry();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_ENTRY__DATE = eINSTANCE.getProgressEntry_Date();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRESS_ENTRY__AUTHOR = eINSTANCE.getProgressEntry_Author();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_ENTRY__TEXT = eINSTANCE.getProgressEntry_Text();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRESS_ENTRY__EVIDENCE = eINSTANCE.getProgressEntry_Evidence();

		/**
		 * The meta object literal for the '{@link rectify.model.impl.DeadlineChangeImpl <em>Deadline Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.impl.DeadlineChangeImpl
		 * @see rectify.model.impl.RectifyPackageImpl#getDeadlineChange()
		 * @generated
		 */
		EClass DEADLINE_CHANGE = eINSTANCE.getDeadlineChange();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEADLINE_CHANGE__DATE = eINSTANCE.getDeadlineChange_Date();

		/**
		 * The meta object literal for the '<em><b>Previous Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEADLINE_CHANGE__PREVIOUS_DEADLINE = eINSTANCE.getDeadlineChange_PreviousDeadline();

		/**
		 * The meta object literal for the '<em><b>New Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEADLINE_CHANGE__NEW_DEADLINE = eINSTANCE.getDeadlineChange_NewDeadline();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEADLINE_CHANGE__REASON = eINSTANCE.getDeadlineChange_Reason();

		/**
		 * The meta object literal for the '{@link rectify.model.impl.VerificationImpl <em>Verification</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.impl.VerificationImpl
		 * @see rectify.model.impl.RectifyPackageImpl#getVerification()
		 * @generated
		 */
		EClass VERIFICATION = eINSTANCE.getVerification();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VERIFICATION__DATE = eINSTANCE.getVerification_Date();

		/**
		 * The meta object literal for the '<em><b>Verifier</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VERIFICATION__VERIFIER = eINSTANCE.getVerification_Verifier();

		/**
		 * The meta object literal for the '<em><b>Result</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VERIFICATION__RESULT = eINSTANCE.getVerification_Result();

		/**
		 * The meta object literal for the '<em><b>Remarks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VERIFICATION__REMARKS = eINSTANCE.getVerification_Remarks();

		/**
		 * The meta object literal for the '{@link rectify.model.impl.ArchivalInfoImpl <em>Archival Info</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.impl.ArchivalInfoImpl
		 * @see rectify.model.impl.RectifyPackageImpl#getArchivalInfo()
		 * @generated
		 */
		EClass ARCHIVAL_INFO = eINSTANCE.getArchivalInfo();

		/**
		 * The meta object literal for the '<em><b>Retention</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVAL_INFO__RETENTION = eINSTANCE.getArchivalInfo_Retention();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVAL_INFO__YEAR = eINSTANCE.getArchivalInfo_Year();

		/**
		 * The meta object literal for the '<em><b>Organization Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVAL_INFO__ORGANIZATION_CODE = eINSTANCE.getArchivalInfo_OrganizationCode();

		/**
		 * The meta object literal for the '<em><b>Item Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVAL_INFO__ITEM_NUMBER = eINSTANCE.getArchivalInfo_ItemNumber();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVAL_INFO__REFERENCE = eINSTANCE.getArchivalInfo_Reference();

		/**
		 * The meta object literal for the '{@link rectify.model.impl.AttachedDocumentImpl <em>Attached Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.impl.AttachedDocumentImpl
		 * @see rectify.model.impl.RectifyPackageImpl#getAttachedDocument()
		 * @generated
		 */
		EClass ATTACHED_DOCUMENT = eINSTANCE.getAttachedDocument();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHED_DOCUMENT__TITLE = eINSTANCE.getAttachedDocument_Title();

		/**
		 * The meta object literal for the '<em><b>Document Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHED_DOCUMENT__DOCUMENT_NUMBER = eINSTANCE.getAttachedDocument_DocumentNumber();

		/**
		 * The meta object literal for the '<em><b>Issuer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHED_DOCUMENT__ISSUER = eINSTANCE.getAttachedDocument_Issuer();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHED_DOCUMENT__DATE = eINSTANCE.getAttachedDocument_Date();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHED_DOCUMENT__PATH = eINSTANCE.getAttachedDocument_Path();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHED_DOCUMENT__SHA256 = eINSTANCE.getAttachedDocument_Sha256();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHED_DOCUMENT__SIZE = eINSTANCE.getAttachedDocument_Size();

		/**
		 * The meta object literal for the '{@link rectify.model.impl.DiagramLayoutImpl <em>Diagram Layout</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.impl.DiagramLayoutImpl
		 * @see rectify.model.impl.RectifyPackageImpl#getDiagramLayout()
		 * @generated
		 */
		EClass DIAGRAM_LAYOUT = eINSTANCE.getDiagramLayout();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_LAYOUT__NODES = eINSTANCE.getDiagramLayout_Nodes();

		/**
		 * The meta object literal for the '{@link rectify.model.impl.NodeLayoutImpl <em>Node Layout</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.impl.NodeLayoutImpl
		 * @see rectify.model.impl.RectifyPackageImpl#getNodeLayout()
		 * @generated
		 */
		EClass NODE_LAYOUT = eINSTANCE.getNodeLayout();

		/**
		 * The meta object literal for the '<em><b>Element</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_LAYOUT__ELEMENT = eINSTANCE.getNodeLayout_Element();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_LAYOUT__X = eINSTANCE.getNodeLayout_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_LAYOUT__Y = eINSTANCE.getNodeLayout_Y();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_LAYOUT__WIDTH = eINSTANCE.getNodeLayout_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_LAYOUT__HEIGHT = eINSTANCE.getNodeLayout_Height();

		/**
		 * The meta object literal for the '<em><b>Pinned</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_LAYOUT__PINNED = eINSTANCE.getNodeLayout_Pinned();

		/**
		 * The meta object literal for the '{@link rectify.model.OrgUnitKind <em>Org Unit Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.OrgUnitKind
		 * @see rectify.model.impl.RectifyPackageImpl#getOrgUnitKind()
		 * @generated
		 */
		EEnum ORG_UNIT_KIND = eINSTANCE.getOrgUnitKind();

		/**
		 * The meta object literal for the '{@link rectify.model.RecordStatus <em>Record Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.RecordStatus
		 * @see rectify.model.impl.RectifyPackageImpl#getRecordStatus()
		 * @generated
		 */
		EEnum RECORD_STATUS = eINSTANCE.getRecordStatus();

		/**
		 * The meta object literal for the '{@link rectify.model.MeetingKind <em>Meeting Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.MeetingKind
		 * @see rectify.model.impl.RectifyPackageImpl#getMeetingKind()
		 * @generated
		 */
		EEnum MEETING_KIND = eINSTANCE.getMeetingKind();

		/**
		 * The meta object literal for the '{@link rectify.model.InspectionKind <em>Inspection Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.InspectionKind
		 * @see rectify.model.impl.RectifyPackageImpl#getInspectionKind()
		 * @generated
		 */
		EEnum INSPECTION_KIND = eINSTANCE.getInspectionKind();

		/**
		 * The meta object literal for the '{@link rectify.model.StudyForm <em>Study Form</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.StudyForm
		 * @see rectify.model.impl.RectifyPackageImpl#getStudyForm()
		 * @generated
		 */
		EEnum STUDY_FORM = eINSTANCE.getStudyForm();

		/**
		 * The meta object literal for the '{@link rectify.model.OpinionChannel <em>Opinion Channel</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.OpinionChannel
		 * @see rectify.model.impl.RectifyPackageImpl#getOpinionChannel()
		 * @generated
		 */
		EEnum OPINION_CHANNEL = eINSTANCE.getOpinionChannel();

		/**
		 * The meta object literal for the '{@link rectify.model.Disposition <em>Disposition</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.Disposition
		 * @see rectify.model.impl.RectifyPackageImpl#getDisposition()
		 * @generated
		 */
		EEnum DISPOSITION = eINSTANCE.getDisposition();

		/**
		 * The meta object literal for the '{@link rectify.model.TalkPairing <em>Talk Pairing</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.TalkPairing
		 * @see rectify.model.impl.RectifyPackageImpl#getTalkPairing()
		 * @generated
		 */
		EEnum TALK_PAIRING = eINSTANCE.getTalkPairing();

		/**
		 * The meta object literal for the '{@link rectify.model.Severity <em>Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.Severity
		 * @see rectify.model.impl.RectifyPackageImpl#getSeverity()
		 * @generated
		 */
		EEnum SEVERITY = eINSTANCE.getSeverity();

		/**
		 * The meta object literal for the '{@link rectify.model.CauseCategory <em>Cause Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.CauseCategory
		 * @see rectify.model.impl.RectifyPackageImpl#getCauseCategory()
		 * @generated
		 */
		EEnum CAUSE_CATEGORY = eINSTANCE.getCauseCategory();

		/**
		 * The meta object literal for the '{@link rectify.model.MeasureKind <em>Measure Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.MeasureKind
		 * @see rectify.model.impl.RectifyPackageImpl#getMeasureKind()
		 * @generated
		 */
		EEnum MEASURE_KIND = eINSTANCE.getMeasureKind();

		/**
		 * The meta object literal for the '{@link rectify.model.MeasureStatus <em>Measure Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.MeasureStatus
		 * @see rectify.model.impl.RectifyPackageImpl#getMeasureStatus()
		 * @generated
		 */
		EEnum MEASURE_STATUS = eINSTANCE.getMeasureStatus();

		/**
		 * The meta object literal for the '{@link rectify.model.VerificationResult <em>Verification Result</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.VerificationResult
		 * @see rectify.model.impl.RectifyPackageImpl#getVerificationResult()
		 * @generated
		 */
		EEnum VERIFICATION_RESULT = eINSTANCE.getVerificationResult();

		/**
		 * The meta object literal for the '{@link rectify.model.RetentionPeriod <em>Retention Period</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rectify.model.RetentionPeriod
		 * @see rectify.model.impl.RectifyPackageImpl#getRetentionPeriod()
		 * @generated
		 */
		EEnum RETENTION_PERIOD = eINSTANCE.getRetentionPeriod();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see rectify.model.impl.RectifyPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

	}

} //RectifyPackage
