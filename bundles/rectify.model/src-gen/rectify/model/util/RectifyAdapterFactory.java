/**
 */
package rectify.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import rectify.model.ArchivalInfo;
import rectify.model.Aspect;
import rectify.model.AttachedDocument;
import rectify.model.Cause;
import rectify.model.ChainElement;
import rectify.model.Criticism;
import rectify.model.DeadlineChange;
import rectify.model.DiagramLayout;
import rectify.model.Direction;
import rectify.model.Example;
import rectify.model.Inspection;
import rectify.model.Measure;
import rectify.model.Meeting;
import rectify.model.NodeLayout;
import rectify.model.Notice;
import rectify.model.Opinion;
import rectify.model.OrgUnit;
import rectify.model.Person;
import rectify.model.Problem;
import rectify.model.ProgressEntry;
import rectify.model.RectifyPackage;
import rectify.model.Register;
import rectify.model.RequiredAspect;
import rectify.model.Review;
import rectify.model.ReviewTemplate;
import rectify.model.Solicitation;
import rectify.model.StudySession;
import rectify.model.Talk;
import rectify.model.Verification;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see rectify.model.RectifyPackage
 * @generated
 */
public class RectifyAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static RectifyPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RectifyAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = RectifyPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RectifySwitch<Adapter> modelSwitch =
		new RectifySwitch<Adapter>() {
			@Override
			public Adapter caseRegister(Register object) {
				return createRegisterAdapter();
			}
			@Override
			public Adapter caseOrgUnit(OrgUnit object) {
				return createOrgUnitAdapter();
			}
			@Override
			public Adapter casePerson(Person object) {
				return createPersonAdapter();
			}
			@Override
			public Adapter caseNotice(Notice object) {
				return createNoticeAdapter();
			}
			@Override
			public Adapter caseReviewTemplate(ReviewTemplate object) {
				return createReviewTemplateAdapter();
			}
			@Override
			public Adapter caseRequiredAspect(RequiredAspect object) {
				return createRequiredAspectAdapter();
			}
			@Override
			public Adapter caseRecord(rectify.model.Record object) {
				return createRecordAdapter();
			}
			@Override
			public Adapter caseMeeting(Meeting object) {
				return createMeetingAdapter();
			}
			@Override
			public Adapter caseInspection(Inspection object) {
				return createInspectionAdapter();
			}
			@Override
			public Adapter caseStudySession(StudySession object) {
				return createStudySessionAdapter();
			}
			@Override
			public Adapter caseSolicitation(Solicitation object) {
				return createSolicitationAdapter();
			}
			@Override
			public Adapter caseOpinion(Opinion object) {
				return createOpinionAdapter();
			}
			@Override
			public Adapter caseTalk(Talk object) {
				return createTalkAdapter();
			}
			@Override
			public Adapter caseCriticism(Criticism object) {
				return createCriticismAdapter();
			}
			@Override
			public Adapter caseReview(Review object) {
				return createReviewAdapter();
			}
			@Override
			public Adapter caseAspect(Aspect object) {
				return createAspectAdapter();
			}
			@Override
			public Adapter caseChainElement(ChainElement object) {
				return createChainElementAdapter();
			}
			@Override
			public Adapter caseProblem(Problem object) {
				return createProblemAdapter();
			}
			@Override
			public Adapter caseExample(Example object) {
				return createExampleAdapter();
			}
			@Override
			public Adapter caseCause(Cause object) {
				return createCauseAdapter();
			}
			@Override
			public Adapter caseDirection(Direction object) {
				return createDirectionAdapter();
			}
			@Override
			public Adapter caseMeasure(Measure object) {
				return createMeasureAdapter();
			}
			@Override
			public Adapter caseProgressEntry(ProgressEntry object) {
				return createProgressEntryAdapter();
			}
			@Override
			public Adapter caseDeadlineChange(DeadlineChange object) {
				return createDeadlineChangeAdapter();
			}
			@Override
			public Adapter caseVerification(Verification object) {
				return createVerificationAdapter();
			}
			@Override
			public Adapter caseArchivalInfo(ArchivalInfo object) {
				return createArchivalInfoAdapter();
			}
			@Override
			public Adapter caseAttachedDocument(AttachedDocument object) {
				return createAttachedDocumentAdapter();
			}
			@Override
			public Adapter caseDiagramLayout(DiagramLayout object) {
				return createDiagramLayoutAdapter();
			}
			@Override
			public Adapter caseNodeLayout(NodeLayout object) {
				return createNodeLayoutAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link rectify.model.Register <em>Register</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see rectify.model.Register
	 * @generated
	 */
	public Adapter createRegisterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link rectify.model.OrgUnit <em>Org Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see rectify.model.OrgUnit
	 * @generated
	 */
	public Adapter createOrgUnitAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link rectify.model.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see rectify.model.Person
	 * @generated
	 */
	public Adapter createPersonAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link rectify.model.Notice <em>Notice</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see rectify.model.Notice
	 * @generated
	 */
	public Adapter createNoticeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link rectify.model.ReviewTemplate <em>Review Template</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see rectify.model.ReviewTemplate
	 * @generated
	 */
	public Adapter createReviewTemplateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link rectify.model.RequiredAspect <em>Required Aspect</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see rectify.model.RequiredAspect
	 * @generated
	 */
	public Adapter createRequiredAspectAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link rectify.model.Record <em>Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see rectify.model.Record
	 * @generated
	 */
	public Adapter createRecordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link rectify.model.Meeting <em>Meeting</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see rectify.model.Meeting
	 * @generated
	 */
	public Adapter createMeetingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link rectify.model.Inspection <em>Inspection</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see rectify.model.Inspection
	 * @generated
	 */
	public Adapter createInspectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link rectify.model.StudySession <em>Study Session</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see rectify.model.StudySession
	 * @generated
	 */
	public Adapter createStudySessionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link rectify.model.Solicitation <em>Solicitation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see rectify.model.Solicitation
	 * @generated
	 */
	public Adapter createSolicitationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link rectify.model.Opinion <em>Opinion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see rectify.model.Opinion
	 * @generated
	 */
	public Adapter createOpinionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link rectify.model.Talk <em>Talk</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see rectify.model.Talk
	 * @generated
	 */
	public Adapter createTalkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link rectify.model.Criticism <em>Criticism</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see rectify.model.Criticism
	 * @generated
	 */
	public Adapter createCriticismAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link rectify.model.Review <em>Review</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see rectify.model.Review
	 * @generated
	 */
	public Adapter createReviewAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link rectify.model.Aspect <em>Aspect</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see rectify.model.Aspect
	 * @generated
	 */
	public Adapter createAspectAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link rectify.model.ChainElement <em>Chain Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see rectify.model.ChainElement
	 * @generated
	 */
	public Adapter createChainElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link rectify.model.Problem <em>Problem</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see rectify.model.Problem
	 * @generated
	 */
	public Adapter createProblemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link rectify.model.Example <em>Example</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see rectify.model.Example
	 * @generated
	 */
	public Adapter createExampleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link rectify.model.Cause <em>Cause</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see rectify.model.Cause
	 * @generated
	 */
	public Adapter createCauseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link rectify.model.Direction <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see rectify.model.Direction
	 * @generated
	 */
	public Adapter createDirectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link rectify.model.Measure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see rectify.model.Measure
	 * @generated
	 */
	public Adapter createMeasureAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link rectify.model.ProgressEntry <em>Progress Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see rectify.model.ProgressEntry
	 * @generated
	 */
	public Adapter createProgressEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link rectify.model.DeadlineChange <em>Deadline Change</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see rectify.model.DeadlineChange
	 * @generated
	 */
	public Adapter createDeadlineChangeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link rectify.model.Verification <em>Verification</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see rectify.model.Verification
	 * @generated
	 */
	public Adapter createVerificationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link rectify.model.ArchivalInfo <em>Archival Info</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see rectify.model.ArchivalInfo
	 * @generated
	 */
	public Adapter createArchivalInfoAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link rectify.model.AttachedDocument <em>Attached Document</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see rectify.model.AttachedDocument
	 * @generated
	 */
	public Adapter createAttachedDocumentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link rectify.model.DiagramLayout <em>Diagram Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see rectify.model.DiagramLayout
	 * @generated
	 */
	public Adapter createDiagramLayoutAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link rectify.model.NodeLayout <em>Node Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see rectify.model.NodeLayout
	 * @generated
	 */
	public Adapter createNodeLayoutAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //RectifyAdapterFactory
