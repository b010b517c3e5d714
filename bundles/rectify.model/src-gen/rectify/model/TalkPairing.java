/**
 */
package rectify.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Talk Pairing</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The five mandatory talk pairings (五必谈).
 * <!-- end-model-doc -->
 * @see rectify.model.RectifyPackage#getTalkPairing()
 * @model
 * @generated
 */
public enum TalkPairing implements Enumerator {
	/**
	 * The '<em><b>Secretary With Members</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The principal leader with each member of the leadership team.
	 * <!-- end-model-doc -->
	 * @see #SECRETARY_WITH_MEMBERS_VALUE
	 * @generated
	 * @ordered
	 */
	SECRETARY_WITH_MEMBERS(0, "secretaryWithMembers", "secretaryWithMembers"),

	/**
	 * The '<em><b>Among Members</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Members of the leadership team with each other.
	 * <!-- end-model-doc -->
	 * @see #AMONG_MEMBERS_VALUE
	 * @generated
	 * @ordered
	 */
	AMONG_MEMBERS(1, "amongMembers", "amongMembers"),

	/**
	 * The '<em><b>Members With Department Heads</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Members with the heads of the departments they are in charge of.
	 * <!-- end-model-doc -->
	 * @see #MEMBERS_WITH_DEPARTMENT_HEADS_VALUE
	 * @generated
	 * @ordered
	 */
	MEMBERS_WITH_DEPARTMENT_HEADS(2, "membersWithDepartmentHeads", "membersWithDepartmentHeads"),

	/**
	 * The '<em><b>Members With Branch</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Members with the party members of their branch.
	 * <!-- end-model-doc -->
	 * @see #MEMBERS_WITH_BRANCH_VALUE
	 * @generated
	 * @ordered
	 */
	MEMBERS_WITH_BRANCH(3, "membersWithBranch", "membersWithBranch"),

	/**
	 * The '<em><b>Members With Contacts</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Members with the units they keep in contact with.
	 * <!-- end-model-doc -->
	 * @see #MEMBERS_WITH_CONTACTS_VALUE
	 * @generated
	 * @ordered
	 */
	MEMBERS_WITH_CONTACTS(4, "membersWithContacts", "membersWithContacts"),

	/**
	 * The '<em><b>Other</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other talk.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(5, "other", "other");

	/**
	 * The '<em><b>Secretary With Members</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The principal leader with each member of the leadership team.
	 * <!-- end-model-doc -->
	 * @see #SECRETARY_WITH_MEMBERS
	 * @model name="secretaryWithMembers"
	 * @generated
	 * @ordered
	 */
	public static final int SECRETARY_WITH_MEMBERS_VALUE = 0;

	/**
	 * The '<em><b>Among Members</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Members of the leadership team with each other.
	 * <!-- end-model-doc -->
	 * @see #AMONG_MEMBERS
	 * @model name="amongMembers"
	 * @generated
	 * @ordered
	 */
	public static final int AMONG_MEMBERS_VALUE = 1;

	/**
	 * The '<em><b>Members With Department Heads</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Members with the heads of the departments they are in charge of.
	 * <!-- end-model-doc -->
	 * @see #MEMBERS_WITH_DEPARTMENT_HEADS
	 * @model name="membersWithDepartmentHeads"
	 * @generated
	 * @ordered
	 */
	public static final int MEMBERS_WITH_DEPARTMENT_HEADS_VALUE = 2;

	/**
	 * The '<em><b>Members With Branch</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Members with the party members of their branch.
	 * <!-- end-model-doc -->
	 * @see #MEMBERS_WITH_BRANCH
	 * @model name="membersWithBranch"
	 * @generated
	 * @ordered
	 */
	public static final int MEMBERS_WITH_BRANCH_VALUE = 3;

	/**
	 * The '<em><b>Members With Contacts</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Members with the units they keep in contact with.
	 * <!-- end-model-doc -->
	 * @see #MEMBERS_WITH_CONTACTS
	 * @model name="membersWithContacts"
	 * @generated
	 * @ordered
	 */
	public static final int MEMBERS_WITH_CONTACTS_VALUE = 4;

	/**
	 * The '<em><b>Other</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other talk.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model name="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 5;

	/**
	 * An array of all the '<em><b>Talk Pairing</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TalkPairing[] VALUES_ARRAY =
		new TalkPairing[] {
			SECRETARY_WITH_MEMBERS,
			AMONG_MEMBERS,
			MEMBERS_WITH_DEPARTMENT_HEADS,
			MEMBERS_WITH_BRANCH,
			MEMBERS_WITH_CONTACTS,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Talk Pairing</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TalkPairing> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Talk Pairing</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TalkPairing get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TalkPairing result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Talk Pairing</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TalkPairing getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TalkPairing result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Talk Pairing</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TalkPairing get(int value) {
		switch (value) {
			case SECRETARY_WITH_MEMBERS_VALUE: return SECRETARY_WITH_MEMBERS;
			case AMONG_MEMBERS_VALUE: return AMONG_MEMBERS;
			case MEMBERS_WITH_DEPARTMENT_HEADS_VALUE: return MEMBERS_WITH_DEPARTMENT_HEADS;
			case MEMBERS_WITH_BRANCH_VALUE: return MEMBERS_WITH_BRANCH;
			case MEMBERS_WITH_CONTACTS_VALUE: return MEMBERS_WITH_CONTACTS;
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
	private TalkPairing(int value, String name, String literal) {
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
	
} //TalkPairing
