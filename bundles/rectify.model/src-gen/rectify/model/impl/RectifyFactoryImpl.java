/**
 */
package rectify.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import rectify.model.ArchivalInfo;
import rectify.model.Aspect;
import rectify.model.AttachedDocument;
import rectify.model.Cause;
import rectify.model.CauseCategory;
import rectify.model.Criticism;
import rectify.model.DeadlineChange;
import rectify.model.DiagramLayout;
import rectify.model.Direction;
import rectify.model.Disposition;
import rectify.model.Example;
import rectify.model.Inspection;
import rectify.model.InspectionKind;
import rectify.model.Measure;
import rectify.model.MeasureKind;
import rectify.model.MeasureStatus;
import rectify.model.Meeting;
import rectify.model.MeetingKind;
import rectify.model.NodeLayout;
import rectify.model.Notice;
import rectify.model.Opinion;
import rectify.model.OpinionChannel;
import rectify.model.OrgUnit;
import rectify.model.OrgUnitKind;
import rectify.model.Person;
import rectify.model.Problem;
import rectify.model.ProgressEntry;
import rectify.model.RecordStatus;
import rectify.model.RectifyFactory;
import rectify.model.RectifyPackage;
import rectify.model.Register;
import rectify.model.RequiredAspect;
import rectify.model.RetentionPeriod;
import rectify.model.Review;
import rectify.model.ReviewTemplate;
import rectify.model.Severity;
import rectify.model.Solicitation;
import rectify.model.StudyForm;
import rectify.model.StudySession;
import rectify.model.Talk;
import rectify.model.TalkPairing;
import rectify.model.Verification;
import rectify.model.VerificationResult;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class RectifyFactoryImpl extends EFactoryImpl implements RectifyFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static RectifyFactory init() {
		try {
			RectifyFactory theRectifyFactory = (RectifyFactory)EPackage.Registry.INSTANCE.getEFactory(RectifyPackage.eNS_URI);
			if (theRectifyFactory != null) {
				return theRectifyFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new RectifyFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RectifyFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case RectifyPackage.REGISTER: return createRegister();
			case RectifyPackage.ORG_UNIT: return createOrgUnit();
			case RectifyPackage.PERSON: return createPerson();
			case RectifyPackage.NOTICE: return createNotice();
			case RectifyPackage.REVIEW_TEMPLATE: return createReviewTemplate();
			case RectifyPackage.REQUIRED_ASPECT: return createRequiredAspect();
			case RectifyPackage.MEETING: return createMeeting();
			case RectifyPackage.INSPECTION: return createInspection();
			case RectifyPackage.STUDY_SESSION: return createStudySession();
			case RectifyPackage.SOLICITATION: return createSolicitation();
			case RectifyPackage.OPINION: return createOpinion();
			case RectifyPackage.TALK: return createTalk();
			case RectifyPackage.CRITICISM: return createCriticism();
			case RectifyPackage.REVIEW: return createReview();
			case RectifyPackage.ASPECT: return createAspect();
			case RectifyPackage.PROBLEM: return createProblem();
			case RectifyPackage.EXAMPLE: return createExample();
			case RectifyPackage.CAUSE: return createCause();
			case RectifyPackage.DIRECTION: return createDirection();
			case RectifyPackage.MEASURE: return createMeasure();
			case RectifyPackage.PROGRESS_ENTRY: return createProgressEntry();
			case RectifyPackage.DEADLINE_CHANGE: return createDeadlineChange();
			case RectifyPackage.VERIFICATION: return createVerification();
			case RectifyPackage.ARCHIVAL_INFO: return createArchivalInfo();
			case RectifyPackage.ATTACHED_DOCUMENT: return createAttachedDocument();
			case RectifyPackage.DIAGRAM_LAYOUT: return createDiagramLayout();
			case RectifyPackage.NODE_LAYOUT: return createNodeLayout();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case RectifyPackage.ORG_UNIT_KIND:
				return createOrgUnitKindFromString(eDataType, initialValue);
			case RectifyPackage.RECORD_STATUS:
				return createRecordStatusFromString(eDataType, initialValue);
			case RectifyPackage.MEETING_KIND:
				return createMeetingKindFromString(eDataType, initialValue);
			case RectifyPackage.INSPECTION_KIND:
				return createInspectionKindFromString(eDataType, initialValue);
			case RectifyPackage.STUDY_FORM:
				return createStudyFormFromString(eDataType, initialValue);
			case RectifyPackage.OPINION_CHANNEL:
				return createOpinionChannelFromString(eDataType, initialValue);
			case RectifyPackage.DISPOSITION:
				return createDispositionFromString(eDataType, initialValue);
			case RectifyPackage.TALK_PAIRING:
				return createTalkPairingFromString(eDataType, initialValue);
			case RectifyPackage.SEVERITY:
				return createSeverityFromString(eDataType, initialValue);
			case RectifyPackage.CAUSE_CATEGORY:
				return createCauseCategoryFromString(eDataType, initialValue);
			case RectifyPackage.MEASURE_KIND:
				return createMeasureKindFromString(eDataType, initialValue);
			case RectifyPackage.MEASURE_STATUS:
				return createMeasureStatusFromString(eDataType, initialValue);
			case RectifyPackage.VERIFICATION_RESULT:
				return createVerificationResultFromString(eDataType, initialValue);
			case RectifyPackage.RETENTION_PERIOD:
				return createRetentionPeriodFromString(eDataType, initialValue);
			case RectifyPackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case RectifyPackage.ORG_UNIT_KIND:
				return convertOrgUnitKindToString(eDataType, instanceValue);
			case RectifyPackage.RECORD_STATUS:
				return convertRecordStatusToString(eDataType, instanceValue);
			case RectifyPackage.MEETING_KIND:
				return convertMeetingKindToString(eDataType, instanceValue);
			case RectifyPackage.INSPECTION_KIND:
				return convertInspectionKindToString(eDataType, instanceValue);
			case RectifyPackage.STUDY_FORM:
				return convertStudyFormToString(eDataType, instanceValue);
			case RectifyPackage.OPINION_CHANNEL:
				return convertOpinionChannelToString(eDataType, instanceValue);
			case RectifyPackage.DISPOSITION:
				return convertDispositionToString(eDataType, instanceValue);
			case RectifyPackage.TALK_PAIRING:
				return convertTalkPairingToString(eDataType, instanceValue);
			case RectifyPackage.SEVERITY:
				return convertSeverityToString(eDataType, instanceValue);
			case RectifyPackage.CAUSE_CATEGORY:
				return convertCauseCategoryToString(eDataType, instanceValue);
			case RectifyPackage.MEASURE_KIND:
				return convertMeasureKindToString(eDataType, instanceValue);
			case RectifyPackage.MEASURE_STATUS:
				return convertMeasureStatusToString(eDataType, instanceValue);
			case RectifyPackage.VERIFICATION_RESULT:
				return convertVerificationResultToString(eDataType, instanceValue);
			case RectifyPackage.RETENTION_PERIOD:
				return convertRetentionPeriodToString(eDataType, instanceValue);
			case RectifyPackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Register createRegister() {
		RegisterImpl register = new RegisterImpl();
		return register;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrgUnit createOrgUnit() {
		OrgUnitImpl orgUnit = new OrgUnitImpl();
		return orgUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person createPerson() {
		PersonImpl person = new PersonImpl();
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Notice createNotice() {
		NoticeImpl notice = new NoticeImpl();
		return notice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewTemplate createReviewTemplate() {
		ReviewTemplateImpl reviewTemplate = new ReviewTemplateImpl();
		return reviewTemplate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RequiredAspect createRequiredAspect() {
		RequiredAspectImpl requiredAspect = new RequiredAspectImpl();
		return requiredAspect;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Meeting createMeeting() {
		MeetingImpl meeting = new MeetingImpl();
		return meeting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Inspection createInspection() {
		InspectionImpl inspection = new InspectionImpl();
		return inspection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StudySession createStudySession() {
		StudySessionImpl studySession = new StudySessionImpl();
		return studySession;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Solicitation createSolicitation() {
		SolicitationImpl solicitation = new SolicitationImpl();
		return solicitation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Opinion createOpinion() {
		OpinionImpl opinion = new OpinionImpl();
		return opinion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Talk createTalk() {
		TalkImpl talk = new TalkImpl();
		return talk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Criticism createCriticism() {
		CriticismImpl criticism = new CriticismImpl();
		return criticism;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Review createReview() {
		ReviewImpl review = new ReviewImpl();
		return review;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Aspect createAspect() {
		AspectImpl aspect = new AspectImpl();
		return aspect;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Problem createProblem() {
		ProblemImpl problem = new ProblemImpl();
		return problem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Example createExample() {
		ExampleImpl example = new ExampleImpl();
		return example;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cause createCause() {
		CauseImpl cause = new CauseImpl();
		return cause;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Direction createDirection() {
		DirectionImpl direction = new DirectionImpl();
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Measure createMeasure() {
		MeasureImpl measure = new MeasureImpl();
		return measure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProgressEntry createProgressEntry() {
		ProgressEntryImpl progressEntry = new ProgressEntryImpl();
		return progressEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeadlineChange createDeadlineChange() {
		DeadlineChangeImpl deadlineChange = new DeadlineChangeImpl();
		return deadlineChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Verification createVerification() {
		VerificationImpl verification = new VerificationImpl();
		return verification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArchivalInfo createArchivalInfo() {
		ArchivalInfoImpl archivalInfo = new ArchivalInfoImpl();
		return archivalInfo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AttachedDocument createAttachedDocument() {
		AttachedDocumentImpl attachedDocument = new AttachedDocumentImpl();
		return attachedDocument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiagramLayout createDiagramLayout() {
		DiagramLayoutImpl diagramLayout = new DiagramLayoutImpl();
		return diagramLayout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeLayout createNodeLayout() {
		NodeLayoutImpl nodeLayout = new NodeLayoutImpl();
		return nodeLayout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrgUnitKind createOrgUnitKindFromString(EDataType eDataType, String initialValue) {
		OrgUnitKind result = OrgUnitKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOrgUnitKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RecordStatus createRecordStatusFromString(EDataType eDataType, String initialValue) {
		RecordStatus result = RecordStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRecordStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeetingKind createMeetingKindFromString(EDataType eDataType, String initialValue) {
		MeetingKind result = MeetingKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMeetingKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InspectionKind createInspectionKindFromString(EDataType eDataType, String initialValue) {
		InspectionKind result = InspectionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInspectionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StudyForm createStudyFormFromString(EDataType eDataType, String initialValue) {
		StudyForm result = StudyForm.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStudyFormToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OpinionChannel createOpinionChannelFromString(EDataType eDataType, String initialValue) {
		OpinionChannel result = OpinionChannel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOpinionChannelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Disposition createDispositionFromString(EDataType eDataType, String initialValue) {
		Disposition result = Disposition.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDispositionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TalkPairing createTalkPairingFromString(EDataType eDataType, String initialValue) {
		TalkPairing result = TalkPairing.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTalkPairingToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Severity createSeverityFromString(EDataType eDataType, String initialValue) {
		Severity result = Severity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSeverityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CauseCategory createCauseCategoryFromString(EDataType eDataType, String initialValue) {
		CauseCategory result = CauseCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCauseCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeasureKind createMeasureKindFromString(EDataType eDataType, String initialValue) {
		MeasureKind result = MeasureKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMeasureKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeasureStatus createMeasureStatusFromString(EDataType eDataType, String initialValue) {
		MeasureStatus result = MeasureStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMeasureStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VerificationResult createVerificationResultFromString(EDataType eDataType, String initialValue) {
		VerificationResult result = VerificationResult.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVerificationResultToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RetentionPeriod createRetentionPeriodFromString(EDataType eDataType, String initialValue) {
		RetentionPeriod result = RetentionPeriod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRetentionPeriodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDate(final String it) {
		return it == null ? null : LocalDate.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return createLocalDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return convertLocalDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RectifyPackage getRectifyPackage() {
		return (RectifyPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static RectifyPackage getPackage() {
		return RectifyPackage.eINSTANCE;
	}

} //RectifyFactoryImpl
