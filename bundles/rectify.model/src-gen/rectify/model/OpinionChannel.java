/**
 */
package rectify.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Opinion Channel</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Channels through which opinions come.
 * <!-- end-model-doc -->
 * @see rectify.model.RectifyPackage#getOpinionChannel()
 * @model
 * @generated
 */
public enum OpinionChannel implements Enumerator {
	/**
	 * The '<em><b>Forum</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A forum (座谈会).
	 * <!-- end-model-doc -->
	 * @see #FORUM_VALUE
	 * @generated
	 * @ordered
	 */
	FORUM(0, "forum", "forum"),

	/**
	 * The '<em><b>Questionnaire</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A questionnaire (意见征集表).
	 * <!-- end-model-doc -->
	 * @see #QUESTIONNAIRE_VALUE
	 * @generated
	 * @ordered
	 */
	QUESTIONNAIRE(1, "questionnaire", "questionnaire"),

	/**
	 * The '<em><b>Suggestion Box</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A suggestion box (意见箱).
	 * <!-- end-model-doc -->
	 * @see #SUGGESTION_BOX_VALUE
	 * @generated
	 * @ordered
	 */
	SUGGESTION_BOX(2, "suggestionBox", "suggestionBox"),

	/**
	 * The '<em><b>Online</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Online.
	 * <!-- end-model-doc -->
	 * @see #ONLINE_VALUE
	 * @generated
	 * @ordered
	 */
	ONLINE(3, "online", "online"),

	/**
	 * The '<em><b>Talk</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A heart-to-heart talk.
	 * <!-- end-model-doc -->
	 * @see #TALK_VALUE
	 * @generated
	 * @ordered
	 */
	TALK(4, "talk", "talk"),

	/**
	 * The '<em><b>Other</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other channel.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(5, "other", "other");

	/**
	 * The '<em><b>Forum</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A forum (座谈会).
	 * <!-- end-model-doc -->
	 * @see #FORUM
	 * @model name="forum"
	 * @generated
	 * @ordered
	 */
	public static final int FORUM_VALUE = 0;

	/**
	 * The '<em><b>Questionnaire</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A questionnaire (意见征集表).
	 * <!-- end-model-doc -->
	 * @see #QUESTIONNAIRE
	 * @model name="questionnaire"
	 * @generated
	 * @ordered
	 */
	public static final int QUESTIONNAIRE_VALUE = 1;

	/**
	 * The '<em><b>Suggestion Box</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A suggestion box (意见箱).
	 * <!-- end-model-doc -->
	 * @see #SUGGESTION_BOX
	 * @model name="suggestionBox"
	 * @generated
	 * @ordered
	 */
	public static final int SUGGESTION_BOX_VALUE = 2;

	/**
	 * The '<em><b>Online</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Online.
	 * <!-- end-model-doc -->
	 * @see #ONLINE
	 * @model name="online"
	 * @generated
	 * @ordered
	 */
	public static final int ONLINE_VALUE = 3;

	/**
	 * The '<em><b>Talk</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A heart-to-heart talk.
	 * <!-- end-model-doc -->
	 * @see #TALK
	 * @model name="talk"
	 * @generated
	 * @ordered
	 */
	public static final int TALK_VALUE = 4;

	/**
	 * The '<em><b>Other</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other channel.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model name="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 5;

	/**
	 * An array of all the '<em><b>Opinion Channel</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OpinionChannel[] VALUES_ARRAY =
		new OpinionChannel[] {
			FORUM,
			QUESTIONNAIRE,
			SUGGESTION_BOX,
			ONLINE,
			TALK,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Opinion Channel</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OpinionChannel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Opinion Channel</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OpinionChannel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OpinionChannel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Opinion Channel</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OpinionChannel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OpinionChannel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Opinion Channel</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OpinionChannel get(int value) {
		switch (value) {
			case FORUM_VALUE: return FORUM;
			case QUESTIONNAIRE_VALUE: return QUESTIONNAIRE;
			case SUGGESTION_BOX_VALUE: return SUGGESTION_BOX;
			case ONLINE_VALUE: return ONLINE;
			case TALK_VALUE: return TALK;
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
	private OpinionChannel(int value, String name, String literal) {
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
	
} //OpinionChannel
