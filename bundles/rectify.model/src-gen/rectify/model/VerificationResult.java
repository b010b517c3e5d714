/**
 */
package rectify.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Verification Result</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How effective a measure was found.
 * <!-- end-model-doc -->
 * @see rectify.model.RectifyPackage#getVerificationResult()
 * @model
 * @generated
 */
public enum VerificationResult implements Enumerator {
	/**
	 * The '<em><b>Effective</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Effective.
	 * <!-- end-model-doc -->
	 * @see #EFFECTIVE_VALUE
	 * @generated
	 * @ordered
	 */
	EFFECTIVE(0, "effective", "effective"),

	/**
	 * The '<em><b>Partly Effective</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Partly effective.
	 * <!-- end-model-doc -->
	 * @see #PARTLY_EFFECTIVE_VALUE
	 * @generated
	 * @ordered
	 */
	PARTLY_EFFECTIVE(1, "partlyEffective", "partlyEffective"),

	/**
	 * The '<em><b>Not Effective</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not effective.
	 * <!-- end-model-doc -->
	 * @see #NOT_EFFECTIVE_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_EFFECTIVE(2, "notEffective", "notEffective");

	/**
	 * The '<em><b>Effective</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Effective.
	 * <!-- end-model-doc -->
	 * @see #EFFECTIVE
	 * @model name="effective"
	 * @generated
	 * @ordered
	 */
	public static final int EFFECTIVE_VALUE = 0;

	/**
	 * The '<em><b>Partly Effective</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Partly effective.
	 * <!-- end-model-doc -->
	 * @see #PARTLY_EFFECTIVE
	 * @model name="partlyEffective"
	 * @generated
	 * @ordered
	 */
	public static final int PARTLY_EFFECTIVE_VALUE = 1;

	/**
	 * The '<em><b>Not Effective</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not effective.
	 * <!-- end-model-doc -->
	 * @see #NOT_EFFECTIVE
	 * @model name="notEffective"
	 * @generated
	 * @ordered
	 */
	public static final int NOT_EFFECTIVE_VALUE = 2;

	/**
	 * An array of all the '<em><b>Verification Result</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final VerificationResult[] VALUES_ARRAY =
		new VerificationResult[] {
			EFFECTIVE,
			PARTLY_EFFECTIVE,
			NOT_EFFECTIVE,
		};

	/**
	 * A public read-only list of all the '<em><b>Verification Result</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<VerificationResult> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Verification Result</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VerificationResult get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VerificationResult result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Verification Result</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VerificationResult getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VerificationResult result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Verification Result</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VerificationResult get(int value) {
		switch (value) {
			case EFFECTIVE_VALUE: return EFFECTIVE;
			case PARTLY_EFFECTIVE_VALUE: return PARTLY_EFFECTIVE;
			case NOT_EFFECTIVE_VALUE: return NOT_EFFECTIVE;
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
	private VerificationResult(int value, String name, String literal) {
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
	
} //VerificationResult
