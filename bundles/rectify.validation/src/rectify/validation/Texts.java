package rectify.validation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The validation's texts in one language, from {@code messages.properties} (English) and
 * {@code messages_zh.properties} (Chinese) next to this class: rule messages and titles and the
 * words that name elements.
 * <p>
 * The files are read as {@link java.util.ResourceBundle}s rather than through Eclipse's
 * {@code NLS}, so that the validation runs in plain Java without the OSGi framework's jar and can
 * give messages in a language other than the platform's. Like {@code NLS}, the platform's
 * language is {@link Locale#getDefault()}, which Equinox sets from {@code -nl}; a language without
 * a file falls back to English, never to the platform's language. Messages bind {@code {0}},
 * {@code {1}} … to their values and treat every other character, quotes included, literally.
 */
final class Texts {

    /** The base name of the message files. */
    static final String BUNDLE_NAME = "rectify.validation.messages";

    private static final Map<Locale, Texts> BY_LOCALE = new ConcurrentHashMap<>();

    private final Map<String, String> texts;

    private Texts(Map<String, String> texts) {
        this.texts = texts;
    }

    /**
     * @param locale a locale; {@code null} for the platform's language
     * @return the texts in that language
     */
    static Texts of(Locale locale) {
        return BY_LOCALE.computeIfAbsent(locale == null ? Locale.getDefault() : locale, Texts::load);
    }

    /**
     * @param key a key of {@code messages.properties}
     * @return the text, or the key itself when missing
     */
    String get(String key) {
        return texts.getOrDefault(key, key);
    }

    /**
     * @param key a key of {@code messages.properties}
     * @param values the values of {@code {0}}, {@code {1}}, …
     * @return the text with the values bound
     */
    String format(String key, Object... values) {
        return bind(get(key), values);
    }

    /**
     * @param pattern a text with {@code {0}}, {@code {1}} … in it
     * @param values the values
     * @return the text with each {@code {n}} replaced by the n-th value; a {@code {n}} without a
     *         value stays as it is
     */
    static String bind(String pattern, Object... values) {
        StringBuilder bound = new StringBuilder(pattern.length() + 64);
        int from = 0;
        for (int open = pattern.indexOf('{'); open >= 0; open = pattern.indexOf('{', from)) {
            int close = pattern.indexOf('}', open);
            int index = close < 0 ? -1 : index(pattern.substring(open + 1, close));
            if (index < 0 || index >= values.length) {
                bound.append(pattern, from, open + 1);
                from = open + 1;
                continue;
            }
            bound.append(pattern, from, open).append(values[index]);
            from = close + 1;
        }
        return bound.append(pattern, from, pattern.length()).toString();
    }

    private static int index(String digits) {
        if (digits.isEmpty() || digits.length() > 2 || !digits.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(digits);
    }

    private static Texts load(Locale locale) {
        Map<String, String> texts = new HashMap<>();
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE_NAME, locale, Texts.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String key : bundle.keySet()) {
                texts.put(key, bundle.getString(key));
            }
        } catch (MissingResourceException e) {
            // no file at all: messages show their keys
        }
        return new Texts(Map.copyOf(texts));
    }
}
