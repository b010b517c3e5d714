package rectify.model.edit;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

import rectify.model.Aspect;
import rectify.model.ChainElement;
import rectify.model.Direction;
import rectify.model.provider.RectifyEditPlugin;

/**
 * The names users see of the model's values and elements, in the user's language, as the item
 * providers give them: every literal of every enumeration (e.g. 推进中), the kinds of elements (e.g.
 * 会议), and problems, causes, measures, aspects and directions as the document numbers them.
 */
public final class Labels {

    private static final Map<String, Properties> NAMES = new ConcurrentHashMap<>();

    private Labels() {
    }

    /**
     * @param literal a literal of one of the model's enumerations, e.g. {@code MeasureStatus.IN_PROGRESS}
     * @return its name, e.g. 推进中
     */
    public static String literal(Enumerator literal) {
        return RectifyEditPlugin.INSTANCE.getString(key(literal));
    }

    /**
     * @param literal a literal of one of the model's enumerations
     * @param locale a language, e.g. Chinese for archived documents whatever the user's language
     * @return its name in that language, as the item providers give it in that language; English
     *         for a language without names
     */
    public static String literal(Enumerator literal, Locale locale) {
        return NAMES.computeIfAbsent(locale.getLanguage(), Labels::names).getProperty(key(literal));
    }

    private static String key(Enumerator literal) {
        String enumeration = ((Enum<?>) literal).getDeclaringClass().getSimpleName();
        return "_UI_" + enumeration + "_" + literal.getName() + "_literal";
    }

    /** @return the names of the edit bundle's plugin.properties, overlaid with those of a language */
    private static Properties names(String language) {
        Properties english = new Properties();
        load(english, "plugin.properties");
        Properties names = new Properties(english);
        load(names, "plugin_" + language + ".properties");
        return names;
    }

    private static void load(Properties names, String file) {
        // the base is a folder: bundleentry://…/ in OSGi, jar:file:…!/ on a plain class path
        try (InputStream in = URI.create(RectifyEditPlugin.INSTANCE.getBaseURL() + file).toURL().openStream()) {
            names.load(in);
        } catch (FileNotFoundException e) {
            // no names in that language: the English ones serve
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param type a class of the model, e.g. {@code RectifyPackage.Literals.MEETING}
     * @return its name, e.g. 会议
     */
    public static String type(EClass type) {
        return RectifyEditPlugin.INSTANCE.getString("_UI_" + type.getName() + "_type");
    }

    /**
     * @param type a class of the model
     * @param locale a language, e.g. both Chinese and English for the messages of a shared register's history
     * @return its name in that language, e.g. 会议; English for a language without names
     */
    public static String type(EClass type, Locale locale) {
        return NAMES.computeIfAbsent(locale.getLanguage(), Labels::names).getProperty("_UI_" + type.getName() + "_type", //$NON-NLS-1$ //$NON-NLS-2$
                type.getName());
    }

    /**
     * @param feature a feature of the model
     * @param locale a language
     * @return its name in that language as the property sheet shows it, e.g. 整改状态; its
     *         identifier when it has none
     */
    public static String feature(EStructuralFeature feature, Locale locale) {
        return NAMES.computeIfAbsent(locale.getLanguage(), Labels::names).getProperty("_UI_" //$NON-NLS-1$
                + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature", feature.getName()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param element a problem, cause or measure
     * @return its full number followed by the headline, e.g. {@code 2.1 调查研究不够深入。}; empty
     *         without a headline
     */
    public static String of(ChainElement element) {
        if (isBlank(element.getHeadline())) {
            return "";
        }
        return join(element.getFullNumber(), element.getHeadline());
    }

    /** @return the number label followed by the short name or, without one, the heading */
    static String of(Aspect aspect) {
        String name = isBlank(aspect.getShortName()) ? aspect.getTitle() : aspect.getShortName();
        return join(aspect.getLabel(), name);
    }

    /** @return the number label followed by the heading */
    static String of(Direction direction) {
        return join(direction.getLabel(), direction.getHeading());
    }

    /** @return the label when it is not blank; else the fallback's */
    static String or(String label, Supplier<String> fallback) {
        return isBlank(label) ? fallback.get() : label.strip();
    }

    private static String join(String... parts) {
        return Stream.of(parts)
                .filter(part -> !isBlank(part))
                .map(String::strip)
                .collect(Collectors.joining(" "));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
