/**
 */
package rectify.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Cause Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kinds of causes, as cause analyses usually group them.
 * <!-- end-model-doc -->
 * @see rectify.model.RectifyPackage#getCauseCategory()
 * @model
 * @generated
 */
public enum CauseCategory implements Enumerator {
	/**
	 * The '<em><b>Unspecified</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not classified.
	 * <!-- end-model-doc -->
	 * @see #UNSPECIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	UNSPECIFIED(0, "unspecified", "unspecified"),

	/**
	 * The '<em><b>Political Stance</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Political stance (政治站位).
	 * <!-- end-model-doc -->
	 * @see #POLITICAL_STANCE_VALUE
	 * @generated
	 * @ordered
	 */
	POLITICAL_STANCE(1, "politicalStance", "politicalStance"),

	/**
	 * The '<em><b>Theory</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Theoretical study and ideological building (理论武装、思想建设).
	 * <!-- end-model-doc -->
	 * @see #THEORY_VALUE
	 * @generated
	 * @ordered
	 */
	THEORY(2, "theory", "theory"),

	/**
	 * The '<em><b>Purpose</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sense of purpose, serving the people (宗旨意识).
	 * <!-- end-model-doc -->
	 * @see #PURPOSE_VALUE
	 * @generated
	 * @ordered
	 */
	PURPOSE(3, "purpose", "purpose"),

	/**
	 * The '<em><b>Party Spirit</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Party spirit (党性修养).
	 * <!-- end-model-doc -->
	 * @see #PARTY_SPIRIT_VALUE
	 * @generated
	 * @ordered
	 */
	PARTY_SPIRIT(4, "partySpirit", "partySpirit"),

	/**
	 * The '<em><b>Responsibility</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Taking responsibility (担当作为).
	 * <!-- end-model-doc -->
	 * @see #RESPONSIBILITY_VALUE
	 * @generated
	 * @ordered
	 */
	RESPONSIBILITY(5, "responsibility", "responsibility"),

	/**
	 * The '<em><b>Discipline</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Discipline and rules (纪律规矩).
	 * <!-- end-model-doc -->
	 * @see #DISCIPLINE_VALUE
	 * @generated
	 * @ordered
	 */
	DISCIPLINE(6, "discipline", "discipline"),

	/**
	 * The '<em><b>Work Style</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Work style (作风).
	 * <!-- end-model-doc -->
	 * @see #WORK_STYLE_VALUE
	 * @generated
	 * @ordered
	 */
	WORK_STYLE(7, "workStyle", "workStyle"),

	/**
	 * The '<em><b>Capability</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Capability (能力本领).
	 * <!-- end-model-doc -->
	 * @see #CAPABILITY_VALUE
	 * @generated
	 * @ordered
	 */
	CAPABILITY(8, "capability", "capability"),

	/**
	 * The '<em><b>Institutional</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Institutions and mechanisms (制度机制).
	 * <!-- end-model-doc -->
	 * @see #INSTITUTIONAL_VALUE
	 * @generated
	 * @ordered
	 */
	INSTITUTIONAL(9, "institutional", "institutional"),

	/**
	 * The '<em><b>Other</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other cause.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(10, "other", "other");

	/**
	 * The '<em><b>Unspecified</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not classified.
	 * <!-- end-model-doc -->
	 * @see #UNSPECIFIED
	 * @model name="unspecified"
	 * @generated
	 * @ordered
	 */
	public static final int UNSPECIFIED_VALUE = 0;

	/**
	 * The '<em><b>Political Stance</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Political stance (政治站位).
	 * <!-- end-model-doc -->
	 * @see #POLITICAL_STANCE
	 * @model name="politicalStance"
	 * @generated
	 * @ordered
	 */
	public static final int POLITICAL_STANCE_VALUE = 1;

	/**
	 * The '<em><b>Theory</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Theoretical study and ideological building (理论武装、思想建设).
	 * <!-- end-model-doc -->
	 * @see #THEORY
	 * @model name="theory"
	 * @generated
	 * @ordered
	 */
	public static final int THEORY_VALUE = 2;

	/**
	 * The '<em><b>Purpose</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sense of purpose, serving the people (宗旨意识).
	 * <!-- end-model-doc -->
	 * @see #PURPOSE
	 * @model name="purpose"
	 * @generated
	 * @ordered
	 */
	public static final int PURPOSE_VALUE = 3;

	/**
	 * The '<em><b>Party Spirit</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Party spirit (党性修养).
	 * <!-- end-model-doc -->
	 * @see #PARTY_SPIRIT
	 * @model name="partySpirit"
	 * @generated
	 * @ordered
	 */
	public static final int PARTY_SPIRIT_VALUE = 4;

	/**
	 * The '<em><b>Responsibility</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Taking responsibility (担当作为).
	 * <!-- end-model-doc -->
	 * @see #RESPONSIBILITY
	 * @model name="responsibility"
	 * @generated
	 * @ordered
	 */
	public static final int RESPONSIBILITY_VALUE = 5;

	/**
	 * The '<em><b>Discipline</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Discipline and rules (纪律规矩).
	 * <!-- end-model-doc -->
	 * @see #DISCIPLINE
	 * @model name="discipline"
	 * @generated
	 * @ordered
	 */
	public static final int DISCIPLINE_VALUE = 6;

	/**
	 * The '<em><b>Work Style</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Work style (作风).
	 * <!-- end-model-doc -->
	 * @see #WORK_STYLE
	 * @model name="workStyle"
	 * @generated
	 * @ordered
	 */
	public static final int WORK_STYLE_VALUE = 7;

	/**
	 * The '<em><b>Capability</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Capability (能力本领).
	 * <!-- end-model-doc -->
	 * @see #CAPABILITY
	 * @model name="capability"
	 * @generated
	 * @ordered
	 */
	public static final int CAPABILITY_VALUE = 8;

	/**
	 * The '<em><b>Institutional</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Institutions and mechanisms (制度机制).
	 * <!-- end-model-doc -->
	 * @see #INSTITUTIONAL
	 * @model name="institutional"
	 * @generated
	 * @ordered
	 */
	public static final int INSTITUTIONAL_VALUE = 9;

	/**
	 * The '<em><b>Other</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other cause.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model name="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 10;

	/**
	 * An array of all the '<em><b>Cause Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CauseCategory[] VALUES_ARRAY =
		new CauseCategory[] {
			UNSPECIFIED,
			POLITICAL_STANCE,
			THEORY,
			PURPOSE,
			PARTY_SPIRIT,
			RESPONSIBILITY,
			DISCIPLINE,
			WORK_STYLE,
			CAPABILITY,
			INSTITUTIONAL,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Cause Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CauseCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Cause Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CauseCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CauseCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cause Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CauseCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CauseCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cause Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CauseCategory get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case POLITICAL_STANCE_VALUE: return POLITICAL_STANCE;
			case THEORY_VALUE: return THEORY;
			case PURPOSE_VALUE: return PURPOSE;
			case PARTY_SPIRIT_VALUE: return PARTY_SPIRIT;
			case RESPONSIBILITY_VALUE: return RESPONSIBILITY;
			case DISCIPLINE_VALUE: return DISCIPLINE;
			case WORK_STYLE_VALUE: return WORK_STYLE;
			case CAPABILITY_VALUE: return CAPABILITY;
			case INSTITUTIONAL_VALUE: return INSTITUTIONAL;
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
	private CauseCategory(int value, String name, String literal) {
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
	
} //CauseCategory
