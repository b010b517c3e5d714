package rectify.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;

import rectify.model.RectifyPackage;

/**
 * Validates registers, records and any other element of the Rectify model: EMF's basic
 * constraints and the {@link Rule rules} of a complete review, in plain Java or in OSGi.
 * <p>
 * The {@linkplain #diagnostician() diagnostician} needs no global registration. In addition, the
 * bundle registers {@link RectifyValidator} in {@link EValidator.Registry#INSTANCE} for the
 * Rectify package when it runs in OSGi with Declarative Services (as the product does), so that
 * {@link Diagnostician#INSTANCE} and EMF's editors use the rules too; plain Java callers who
 * want that call {@link #registerGlobally()}.
 */
public final class RegisterValidation {

    /** The source of the rules' diagnostics. */
    public static final String DIAGNOSTIC_SOURCE = "rectify.validation";

    /**
     * The key of the validation context's day (a {@link LocalDate}) on which overdue measures are
     * judged; today when absent.
     */
    public static final String CONTEXT_TODAY = "rectify.validation.today";

    /**
     * The key of the validation context's language (a {@link Locale}) of the rules' messages and
     * element labels; the platform's when absent.
     */
    public static final String CONTEXT_LOCALE = "rectify.validation.locale";

    private static final EValidator.Registry REGISTRY = registry();

    private static final Diagnostician DIAGNOSTICIAN = new RectifyDiagnostician(REGISTRY, null);

    private RegisterValidation() {
    }

    /**
     * @return a diagnostician with EMF's basic constraints and the rules for the Rectify package,
     *         and the globally registered validators for other packages; it does not depend on
     *         the global registration
     */
    public static Diagnostician diagnostician() {
        return DIAGNOSTICIAN;
    }

    /**
     * Validates an element and everything it contains, judging deadlines on today.
     *
     * @param root a register, a record or any other element
     * @return the diagnostic of the validation, with one child per violation
     */
    public static Diagnostic validate(EObject root) {
        return validate(root, LocalDate.now());
    }

    /**
     * Validates an element and everything it contains, with messages in the platform's language.
     *
     * @param root a register, a record or any other element
     * @param today the day to judge overdue measures on
     * @return the diagnostic of the validation, with one child per violation
     */
    public static Diagnostic validate(EObject root, LocalDate today) {
        return validate(root, today, null);
    }

    /**
     * Validates an element and everything it contains.
     *
     * @param root a register, a record or any other element
     * @param today the day to judge overdue measures on
     * @param locale the language of the messages; {@code null} for the platform's
     * @return the diagnostic of the validation, with one child per violation
     */
    public static Diagnostic validate(EObject root, LocalDate today, Locale locale) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(today, "today");
        Diagnostician diagnostician = locale == null ? DIAGNOSTICIAN
                : new RectifyDiagnostician(REGISTRY, locale);
        Map<Object, Object> context = diagnostician.createDefaultContext();
        context.put(CONTEXT_TODAY, today);
        if (locale != null) {
            context.put(CONTEXT_LOCALE, locale);
        }
        return diagnostician.validate(root, context);
    }

    /**
     * @param diagnostic a diagnostic
     * @return the rule the diagnostic reports; {@code null} when it is not one of the rules'
     */
    public static Rule ruleOf(Diagnostic diagnostic) {
        if (diagnostic == null || !DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())) {
            return null;
        }
        List<?> data = diagnostic.getData();
        if (data.size() > 1 && data.get(1) instanceof Rule rule) {
            return rule;
        }
        return Rule.ofCode(diagnostic.getCode());
    }

    /**
     * @param diagnostic a diagnostic of the rules or of EMF's basic constraints
     * @return the element the diagnostic is about (the first of its data); {@code null} when it
     *         names none
     */
    public static EObject elementOf(Diagnostic diagnostic) {
        if (diagnostic == null) {
            return null;
        }
        List<?> data = diagnostic.getData();
        return !data.isEmpty() && data.get(0) instanceof EObject element ? element : null;
    }

    /**
     * Registers {@link RectifyValidator} for the Rectify package in the global
     * {@link EValidator.Registry#INSTANCE}, replacing whatever was there. Declarative Services does
     * this when the bundle runs in OSGi; it is safe to call more than once.
     */
    public static void registerGlobally() {
        EValidator.Registry.INSTANCE.put(RectifyPackage.eINSTANCE, RectifyValidator.INSTANCE);
    }

    /** Removes {@link RectifyValidator} from the global registry, if it is registered there. */
    public static void unregisterGlobally() {
        EValidator.Registry.INSTANCE.remove(RectifyPackage.eINSTANCE, RectifyValidator.INSTANCE);
    }

    private static EValidator.Registry registry() {
        EValidator.Registry registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
        registry.put(RectifyPackage.eINSTANCE, RectifyValidator.INSTANCE);
        return registry;
    }

    /** A diagnostician that names Rectify elements as users do, in a given language. */
    private static final class RectifyDiagnostician extends Diagnostician {

        private final Locale locale;

        RectifyDiagnostician(EValidator.Registry registry, Locale locale) {
            super(registry);
            this.locale = locale;
        }

        @Override
        public String getObjectLabel(EObject eObject) {
            String label = new Labels(Texts.of(locale)).of(eObject);
            return label != null ? label : super.getObjectLabel(eObject);
        }
    }
}
