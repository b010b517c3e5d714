/**
 */
package rectify.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Retention Period</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Retention periods of DA/T 22-2015; the literal is the code used in archival references.
 * <!-- end-model-doc -->
 * @see rectify.model.RectifyPackage#getRetentionPeriod()
 * @model
 * @generated
 */
public enum RetentionPeriod implements Enumerator {
	/**
	 * The '<em><b>Permanent</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Permanent (永久).
	 * <!-- end-model-doc -->
	 * @see #PERMANENT_VALUE
	 * @generated
	 * @ordered
	 */
	PERMANENT(0, "permanent", "Y"),

	/**
	 * The '<em><b>Thirty Years</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Thirty years (定期30年).
	 * <!-- end-model-doc -->
	 * @see #THIRTY_YEARS_VALUE
	 * @generated
	 * @ordered
	 */
	THIRTY_YEARS(1, "thirtyYears", "D30"),

	/**
	 * The '<em><b>Ten Years</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ten years (定期10年).
	 * <!-- end-model-doc -->
	 * @see #TEN_YEARS_VALUE
	 * @generated
	 * @ordered
	 */
	TEN_YEARS(2, "tenYears", "D10");

	/**
	 * The '<em><b>Permanent</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Permanent (永久).
	 * <!-- end-model-doc -->
	 * @see #PERMANENT
	 * @model name="permanent" literal="Y"
	 * @generated
	 * @ordered
	 */
	public static final int PERMANENT_VALUE = 0;

	/**
	 * The '<em><b>Thirty Years</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Thirty years (定期30年).
	 * <!-- end-model-doc -->
	 * @see #THIRTY_YEARS
	 * @model name="thirtyYears" literal="D30"
	 * @generated
	 * @ordered
	 */
	public static final int THIRTY_YEARS_VALUE = 1;

	/**
	 * The '<em><b>Ten Years</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ten years (定期10年).
	 * <!-- end-model-doc -->
	 * @see #TEN_YEARS
	 * @model name="tenYears" literal="D10"
	 * @generated
	 * @ordered
	 */
	public static final int TEN_YEARS_VALUE = 2;

	/**
	 * An array of all the '<em><b>Retention Period</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RetentionPeriod[] VALUES_ARRAY =
		new RetentionPeriod[] {
			PERMANENT,
			THIRTY_YEARS,
			TEN_YEARS,
		};

	/**
	 * A public read-only list of all the '<em><b>Retention Period</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RetentionPeriod> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Retention Period</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RetentionPeriod get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RetentionPeriod result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Retention Period</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RetentionPeriod getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RetentionPeriod result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Retention Period</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RetentionPeriod get(int value) {
		switch (value) {
			case PERMANENT_VALUE: return PERMANENT;
			case THIRTY_YEARS_VALUE: return THIRTY_YEARS;
			case TEN_YEARS_VALUE: return TEN_YEARS;
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
	private RetentionPeriod(int value, String name, String literal) {
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
	
} //RetentionPeriod
