/**
 */
package rectify.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Inspection Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kinds of inspections.
 * <!-- end-model-doc -->
 * @see rectify.model.RectifyPackage#getInspectionKind()
 * @model
 * @generated
 */
public enum InspectionKind implements Enumerator {
	/**
	 * The '<em><b>Patrol</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Patrol inspection (巡视).
	 * <!-- end-model-doc -->
	 * @see #PATROL_VALUE
	 * @generated
	 * @ordered
	 */
	PATROL(0, "patrol", "patrol"),

	/**
	 * The '<em><b>Circuit</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Circuit inspection (巡察).
	 * <!-- end-model-doc -->
	 * @see #CIRCUIT_VALUE
	 * @generated
	 * @ordered
	 */
	CIRCUIT(1, "circuit", "circuit"),

	/**
	 * The '<em><b>Supervision</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Supervision (督查).
	 * <!-- end-model-doc -->
	 * @see #SUPERVISION_VALUE
	 * @generated
	 * @ordered
	 */
	SUPERVISION(2, "supervision", "supervision"),

	/**
	 * The '<em><b>Safety</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Safety inspection (安全检查).
	 * <!-- end-model-doc -->
	 * @see #SAFETY_VALUE
	 * @generated
	 * @ordered
	 */
	SAFETY(3, "safety", "safety"),

	/**
	 * The '<em><b>Audit</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Audit (审计).
	 * <!-- end-model-doc -->
	 * @see #AUDIT_VALUE
	 * @generated
	 * @ordered
	 */
	AUDIT(4, "audit", "audit"),

	/**
	 * The '<em><b>Other</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other inspection.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(5, "other", "other");

	/**
	 * The '<em><b>Patrol</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Patrol inspection (巡视).
	 * <!-- end-model-doc -->
	 * @see #PATROL
	 * @model name="patrol"
	 * @generated
	 * @ordered
	 */
	public static final int PATROL_VALUE = 0;

	/**
	 * The '<em><b>Circuit</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Circuit inspection (巡察).
	 * <!-- end-model-doc -->
	 * @see #CIRCUIT
	 * @model name="circuit"
	 * @generated
	 * @ordered
	 */
	public static final int CIRCUIT_VALUE = 1;

	/**
	 * The '<em><b>Supervision</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Supervision (督查).
	 * <!-- end-model-doc -->
	 * @see #SUPERVISION
	 * @model name="supervision"
	 * @generated
	 * @ordered
	 */
	public static final int SUPERVISION_VALUE = 2;

	/**
	 * The '<em><b>Safety</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Safety inspection (安全检查).
	 * <!-- end-model-doc -->
	 * @see #SAFETY
	 * @model name="safety"
	 * @generated
	 * @ordered
	 */
	public static final int SAFETY_VALUE = 3;

	/**
	 * The '<em><b>Audit</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Audit (审计).
	 * <!-- end-model-doc -->
	 * @see #AUDIT
	 * @model name="audit"
	 * @generated
	 * @ordered
	 */
	public static final int AUDIT_VALUE = 4;

	/**
	 * The '<em><b>Other</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other inspection.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model name="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 5;

	/**
	 * An array of all the '<em><b>Inspection Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InspectionKind[] VALUES_ARRAY =
		new InspectionKind[] {
			PATROL,
			CIRCUIT,
			SUPERVISION,
			SAFETY,
			AUDIT,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Inspection Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InspectionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Inspection Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InspectionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InspectionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Inspection Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InspectionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InspectionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Inspection Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InspectionKind get(int value) {
		switch (value) {
			case PATROL_VALUE: return PATROL;
			case CIRCUIT_VALUE: return CIRCUIT;
			case SUPERVISION_VALUE: return SUPERVISION;
			case SAFETY_VALUE: return SAFETY;
			case AUDIT_VALUE: return AUDIT;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private InspectionKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //InspectionKind
