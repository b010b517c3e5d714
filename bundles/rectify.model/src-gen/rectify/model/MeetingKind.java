/**
 */
package rectify.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Meeting Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kinds of meetings.
 * <!-- end-model-doc -->
 * @see rectify.model.RectifyPackage#getMeetingKind()
 * @model
 * @generated
 */
public enum MeetingKind implements Enumerator {
	/**
	 * The '<em><b>Democratic Life</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Democratic life meeting (民主生活会) of a leadership team.
	 * <!-- end-model-doc -->
	 * @see #DEMOCRATIC_LIFE_VALUE
	 * @generated
	 * @ordered
	 */
	DEMOCRATIC_LIFE(0, "democraticLife", "democraticLife"),

	/**
	 * The '<em><b>Organizational Life</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Organizational life meeting (组织生活会) of a party organization.
	 * <!-- end-model-doc -->
	 * @see #ORGANIZATIONAL_LIFE_VALUE
	 * @generated
	 * @ordered
	 */
	ORGANIZATIONAL_LIFE(1, "organizationalLife", "organizationalLife"),

	/**
	 * The '<em><b>Special Topic</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Special-topic meeting (专题会议).
	 * <!-- end-model-doc -->
	 * @see #SPECIAL_TOPIC_VALUE
	 * @generated
	 * @ordered
	 */
	SPECIAL_TOPIC(2, "specialTopic", "specialTopic"),

	/**
	 * The '<em><b>Other</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other meeting.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(3, "other", "other");

	/**
	 * The '<em><b>Democratic Life</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Democratic life meeting (民主生活会) of a leadership team.
	 * <!-- end-model-doc -->
	 * @see #DEMOCRATIC_LIFE
	 * @model name="democraticLife"
	 * @generated
	 * @ordered
	 */
	public static final int DEMOCRATIC_LIFE_VALUE = 0;

	/**
	 * The '<em><b>Organizational Life</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Organizational life meeting (组织生活会) of a party organization.
	 * <!-- end-model-doc -->
	 * @see #ORGANIZATIONAL_LIFE
	 * @model name="organizationalLife"
	 * @generated
	 * @ordered
	 */
	public static final int ORGANIZATIONAL_LIFE_VALUE = 1;

	/**
	 * The '<em><b>Special Topic</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Special-topic meeting (专题会议).
	 * <!-- end-model-doc -->
	 * @see #SPECIAL_TOPIC
	 * @model name="specialTopic"
	 * @generated
	 * @ordered
	 */
	public static final int SPECIAL_TOPIC_VALUE = 2;

	/**
	 * The '<em><b>Other</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other meeting.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model name="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 3;

	/**
	 * An array of all the '<em><b>Meeting Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MeetingKind[] VALUES_ARRAY =
		new MeetingKind[] {
			DEMOCRATIC_LIFE,
			ORGANIZATIONAL_LIFE,
			SPECIAL_TOPIC,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Meeting Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MeetingKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Meeting Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeetingKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MeetingKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Meeting Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeetingKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MeetingKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Meeting Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeetingKind get(int value) {
		switch (value) {
			case DEMOCRATIC_LIFE_VALUE: return DEMOCRATIC_LIFE;
			case ORGANIZATIONAL_LIFE_VALUE: return ORGANIZATIONAL_LIFE;
			case SPECIAL_TOPIC_VALUE: return SPECIAL_TOPIC;
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
	private MeetingKind(int value, String name, String literal) {
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
	
} //MeetingKind
