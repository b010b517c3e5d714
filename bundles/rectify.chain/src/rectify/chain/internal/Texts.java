package rectify.chain.internal;

import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.osgi.util.NLS;

/**
 * The chain's texts ({@code messages*.properties}) in a language asked for, for the names that
 * documents write in their own language whatever the user's (archives are Chinese): lanes, kinds of
 * links and node titles. A language without a file falls back to English, never to the platform's
 * language.
 */
public final class Texts {

    private static final String BUNDLE_NAME = "rectify.chain.internal.messages";

    private Texts() {
    }

    /**
     * @param key a key of {@code messages.properties}
     * @param locale the language
     * @param values the values of {@code {0}}, {@code {1}} …
     * @return the text in that language with the values bound
     */
    public static String get(String key, Locale locale, Object... values) {
        String text = ResourceBundle.getBundle(BUNDLE_NAME, locale, Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        return values.length == 0 ? text : NLS.bind(text, values);
    }
}
