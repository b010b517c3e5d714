/**
 */
package rectify.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A meeting or an inspection, with its review (problems, causes, measures), its documents and its archival information.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.Record#getTitle <em>Title</em>}</li>
 *   <li>{@link rectify.model.Record#getYear <em>Year</em>}</li>
 *   <li>{@link rectify.model.Record#getDate <em>Date</em>}</li>
 *   <li>{@link rectify.model.Record#getPlace <em>Place</em>}</li>
 *   <li>{@link rectify.model.Record#getStatus <em>Status</em>}</li>
 *   <li>{@link rectify.model.Record#isExample <em>Example</em>}</li>
 *   <li>{@link rectify.model.Record#getArchivalInfo <em>Archival Info</em>}</li>
 *   <li>{@link rectify.model.Record#getDocuments <em>Documents</em>}</li>
 *   <li>{@link rectify.model.Record#getReview <em>Review</em>}</li>
 *   <li>{@link rectify.model.Record#getAspectCount <em>Aspect Count</em>}</li>
 *   <li>{@link rectify.model.Record#getProblemCount <em>Problem Count</em>}</li>
 *   <li>{@link rectify.model.Record#getCauseCount <em>Cause Count</em>}</li>
 *   <li>{@link rectify.model.Record#getDirectionCount <em>Direction Count</em>}</li>
 *   <li>{@link rectify.model.Record#getMeasureCount <em>Measure Count</em>}</li>
 *   <li>{@link rectify.model.Record#getOpinionCount <em>Opinion Count</em>}</li>
 *   <li>{@link rectify.model.Record#getTalkCount <em>Talk Count</em>}</li>
 * </ul>
 *
 * @see rectify.model.RectifyPackage#getRecord()
 * @model abstract="true"
 * @generated
 */
public interface Record extends EObject {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The title of the record, e.g. 2021年度党员领导干部民主生活会.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see rectify.model.RectifyPackage#getRecord_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link rectify.model.Record#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The year the record belongs to (年度).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see rectify.model.RectifyPackage#getRecord_Year()
	 * @model
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link rectify.model.Record#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The date the meeting was held or the inspection's findings were delivered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see rectify.model.RectifyPackage#getRecord_Date()
	 * @model dataType="rectify.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link rectify.model.Record#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the meeting or the inspection took place.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Place</em>' attribute.
	 * @see #setPlace(String)
	 * @see rectify.model.RectifyPackage#getRecord_Place()
	 * @model
	 * @generated
	 */
	String getPlace();

	/**
	 * Sets the value of the '{@link rectify.model.Record#getPlace <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Place</em>' attribute.
	 * @see #getPlace()
	 * @generated
	 */
	void setPlace(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link rectify.model.RecordStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How far the record has come.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see rectify.model.RecordStatus
	 * @see #setStatus(RecordStatus)
	 * @see rectify.model.RectifyPackage#getRecord_Status()
	 * @model
	 * @generated
	 */
	RecordStatus getStatus();

	/**
	 * Sets the value of the '{@link rectify.model.Record#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see rectify.model.RecordStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(RecordStatus value);

	/**
	 * Returns the value of the '<em><b>Example</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the record is worked-example data rather than a real record.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Example</em>' attribute.
	 * @see #setExample(boolean)
	 * @see rectify.model.RectifyPackage#getRecord_Example()
	 * @model
	 * @generated
	 */
	boolean isExample();

	/**
	 * Sets the value of the '{@link rectify.model.Record#isExample <em>Example</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Example</em>' attribute.
	 * @see #isExample()
	 * @generated
	 */
	void setExample(boolean value);

	/**
	 * Returns the value of the '<em><b>Archival Info</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The archival metadata, set when the record is filed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Archival Info</em>' containment reference.
	 * @see #setArchivalInfo(ArchivalInfo)
	 * @see rectify.model.RectifyPackage#getRecord_ArchivalInfo()
	 * @model containment="true"
	 * @generated
	 */
	ArchivalInfo getArchivalInfo();

	/**
	 * Sets the value of the '{@link rectify.model.Record#getArchivalInfo <em>Archival Info</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Archival Info</em>' containment reference.
	 * @see #getArchivalInfo()
	 * @generated
	 */
	void setArchivalInfo(ArchivalInfo value);

	/**
	 * Returns the value of the '<em><b>Documents</b></em>' containment reference list.
	 * The list contents are of type {@link rectify.model.AttachedDocument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The documents filed with the record: notices, materials, minutes, evidence of measures.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Documents</em>' containment reference list.
	 * @see rectify.model.RectifyPackage#getRecord_Documents()
	 * @model containment="true"
	 * @generated
	 */
	EList<AttachedDocument> getDocuments();

	/**
	 * Returns the value of the '<em><b>Review</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The self-examination material or the findings with their rectification.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Review</em>' containment reference.
	 * @see #setReview(Review)
	 * @see rectify.model.RectifyPackage#getRecord_Review()
	 * @model containment="true"
	 * @generated
	 */
	Review getReview();

	/**
	 * Sets the value of the '{@link rectify.model.Record#getReview <em>Review</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review</em>' containment reference.
	 * @see #getReview()
	 * @generated
	 */
	void setReview(Review value);

	/**
	 * Returns the value of the '<em><b>Aspect Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number of aspects of the review.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Aspect Count</em>' attribute.
	 * @see rectify.model.RectifyPackage#getRecord_AspectCount()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	int getAspectCount();

	/**
	 * Returns the value of the '<em><b>Problem Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number of problems of the review.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Problem Count</em>' attribute.
	 * @see rectify.model.RectifyPackage#getRecord_ProblemCount()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	int getProblemCount();

	/**
	 * Returns the value of the '<em><b>Cause Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number of causes of the review.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cause Count</em>' attribute.
	 * @see rectify.model.RectifyPackage#getRecord_CauseCount()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	int getCauseCount();

	/**
	 * Returns the value of the '<em><b>Direction Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number of directions of the review.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction Count</em>' attribute.
	 * @see rectify.model.RectifyPackage#getRecord_DirectionCount()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	int getDirectionCount();

	/**
	 * Returns the value of the '<em><b>Measure Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number of measures of the review.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measure Count</em>' attribute.
	 * @see rectify.model.RectifyPackage#getRecord_MeasureCount()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	int getMeasureCount();

	/**
	 * Returns the value of the '<em><b>Opinion Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number of opinions the record's solicitations gathered: for each solicitation its reported count, or the opinions entered one by one when there are more.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Opinion Count</em>' attribute.
	 * @see rectify.model.RectifyPackage#getRecord_OpinionCount()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	int getOpinionCount();

	/**
	 * Returns the value of the '<em><b>Talk Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number of talks recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Talk Count</em>' attribute.
	 * @see rectify.model.RectifyPackage#getRecord_TalkCount()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	int getTalkCount();

} // Record
