/**
 */
package rectify.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Org Unit Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a unit relates to the organization.
 * <!-- end-model-doc -->
 * @see rectify.model.RectifyPackage#getOrgUnitKind()
 * @model
 * @generated
 */
public enum OrgUnitKind implements Enumerator {
	/**
	 * The '<em><b>Department</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A department of the organization (机关处室).
	 * <!-- end-model-doc -->
	 * @see #DEPARTMENT_VALUE
	 * @generated
	 * @ordered
	 */
	DEPARTMENT(0, "department", "department"),

	/**
	 * The '<em><b>Subordinate</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A subordinate unit (直属单位).
	 * <!-- end-model-doc -->
	 * @see #SUBORDINATE_VALUE
	 * @generated
	 * @ordered
	 */
	SUBORDINATE(1, "subordinate", "subordinate"),

	/**
	 * The '<em><b>Member Unit</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A member unit of a committee the organization leads (成员单位).
	 * <!-- end-model-doc -->
	 * @see #MEMBER_UNIT_VALUE
	 * @generated
	 * @ordered
	 */
	MEMBER_UNIT(2, "memberUnit", "memberUnit"),

	/**
	 * The '<em><b>Superior</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A superior body (上级机关).
	 * <!-- end-model-doc -->
	 * @see #SUPERIOR_VALUE
	 * @generated
	 * @ordered
	 */
	SUPERIOR(3, "superior", "superior"),

	/**
	 * The '<em><b>Other</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other unit or body.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(4, "other", "other");

	/**
	 * The '<em><b>Department</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A department of the organization (机关处室).
	 * <!-- end-model-doc -->
	 * @see #DEPARTMENT
	 * @model name="department"
	 * @generated
	 * @ordered
	 */
	public static final int DEPARTMENT_VALUE = 0;

	/**
	 * The '<em><b>Subordinate</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A subordinate unit (直属单位).
	 * <!-- end-model-doc -->
	 * @see #SUBORDINATE
	 * @model name="subordinate"
	 * @generated
	 * @ordered
	 */
	public static final int SUBORDINATE_VALUE = 1;

	/**
	 * The '<em><b>Member Unit</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A member unit of a committee the organization leads (成员单位).
	 * <!-- end-model-doc -->
	 * @see #MEMBER_UNIT
	 * @model name="memberUnit"
	 * @generated
	 * @ordered
	 */
	public static final int MEMBER_UNIT_VALUE = 2;

	/**
	 * The '<em><b>Superior</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A superior body (上级机关).
	 * <!-- end-model-doc -->
	 * @see #SUPERIOR
	 * @model name="superior"
	 * @generated
	 * @ordered
	 */
	public static final int SUPERIOR_VALUE = 3;

	/**
	 * The '<em><b>Other</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other unit or body.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model name="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 4;

	/**
	 * An array of all the '<em><b>Org Unit Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OrgUnitKind[] VALUES_ARRAY =
		new OrgUnitKind[] {
			DEPARTMENT,
			SUBORDINATE,
			MEMBER_UNIT,
			SUPERIOR,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Org Unit Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OrgUnitKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Org Unit Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrgUnitKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OrgUnitKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Org Unit Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrgUnitKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OrgUnitKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Org Unit Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrgUnitKind get(int value) {
		switch (value) {
			case DEPARTMENT_VALUE: return DEPARTMENT;
			case SUBORDINATE_VALUE: return SUBORDINATE;
			case MEMBER_UNIT_VALUE: return MEMBER_UNIT;
			case SUPERIOR_VALUE: return SUPERIOR;
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
	private OrgUnitKind(int value, String name, String literal) {
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
	
} //OrgUnitKind
