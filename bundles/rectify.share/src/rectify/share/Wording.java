package rectify.share;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import rectify.core.merge.ModelDiff;
import rectify.core.merge.ModelDiff.Change;
import rectify.model.Aspect;
import rectify.model.ChainElement;
import rectify.model.Direction;
import rectify.model.Notice;
import rectify.model.OrgUnit;
import rectify.model.Person;
import rectify.model.Record;
import rectify.model.Register;
import rectify.model.ReviewTemplate;
import rectify.model.edit.Labels;

/**
 * How the changes of a shared register are told to people, in Chinese and in English, by the names
 * the workbench shows: elements by kind and number or name ({@code 整改措施 2.1}), fields by their
 * labels, values by the names of their literals and the elements they point at (e.g.
 * {@code 整改措施 2.1：整改状态 推进中 → 已完成}). Commit messages, the history and the comparison of
 * versions use it.
 */
public final class Wording {

    /** The first language of commit messages. */
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    /** The second language of commit messages. */
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final int SHORT = 30;
    private static final int MESSAGE_LINES = 40;

    private final Locale locale;
    private final Function<String, EObject> elements;

    /**
     * @param locale the language
     * @param elements the element of an identifier in a whole register, to name the elements of
     *        other parts that references point at; may answer {@code null}
     */
    public Wording(Locale locale, Function<String, EObject> elements) {
        this.locale = locale;
        this.elements = elements;
    }

    private boolean chinese() {
        return "zh".equals(locale.getLanguage()); //$NON-NLS-1$
    }

    /** @return the kind and name of an element, e.g. {@code 整改措施 2.1} or {@code 会议“2021年度民主生活会”} */
    public String element(EObject element) {
        EObject named = resolved(element);
        String type = Labels.type(named.eClass(), locale);
        String name = name(named);
        if (name != null) {
            return type + (chinese() && name.startsWith("“") ? "" : " ") + name; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        EObject container = named.eContainer();
        if (container != null && !(container instanceof Register)) {
            return type + (chinese() ? "（" + element(container) + "）" : " (" + element(container) + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        return type;
    }

    /** @return the name of a feature, e.g. {@code 整改状态} */
    public String feature(EStructuralFeature feature) {
        return Labels.feature(feature, locale);
    }

    /** @return values as a person reads them, e.g. {@code 推进中}, {@code 办公室、人事处}, or a word for none */
    public String values(List<Object> values) {
        if (values.isEmpty()) {
            return chinese() ? "（无）" : "(none)"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        List<String> names = new ArrayList<>();
        for (Object value : values) {
            names.add(value(value));
        }
        return String.join(chinese() ? "、" : ", ", names); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return a value as a person reads it */
    public String value(Object value) {
        if (value == null) {
            return chinese() ? "（无）" : "(none)"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (value instanceof Enumerator literal) {
            return Labels.literal(literal, locale);
        }
        if (value instanceof EObject element) {
            EObject named = resolved(element);
            String name = name(named);
            return name != null ? name : element(named);
        }
        if (value instanceof Boolean yes) {
            return chinese() ? (yes ? "是" : "否") : (yes ? "yes" : "no"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        if (value instanceof String text) {
            return quoted(text);
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return String.valueOf(value);
    }

    /** @return one change as a sentence, e.g. {@code 整改措施 2.1：整改状态 推进中 → 已完成} */
    public String change(Change change) {
        return switch (change.kind()) {
            case ADDED -> (chinese() ? "新增" : "Added ") + element(change.after()); //$NON-NLS-1$ //$NON-NLS-2$
            case REMOVED -> (chinese() ? "删除" : "Removed ") + element(change.before()); //$NON-NLS-1$ //$NON-NLS-2$
            case MOVED -> chinese() ? element(change.after()) + " 移至 " + values(change.newValues()) //$NON-NLS-1$
                    : "Moved " + element(change.after()) + " to " + values(change.newValues()); //$NON-NLS-1$ //$NON-NLS-2$
            case CHANGED -> element(change.after()) + (chinese() ? "：" : ": ") + feature(change.feature()) + " " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + values(change.oldValues()) + " \u2192 " + values(change.newValues()); //$NON-NLS-1$
        };
    }

    /**
     * The message of a commit: what changed in Chinese, then in English, each change on a line of
     * its own (the first line sums up), and the reason given.
     *
     * @param changes the changes, of every part
     * @param reason the reason the user gave, or {@code null}
     * @param elements the element of an identifier in the register saved
     * @return the message
     */
    public static String message(List<Change> changes, String reason, Function<String, EObject> elements) {
        Wording zh = new Wording(CHINESE, elements);
        Wording en = new Wording(ENGLISH, elements);
        StringBuilder message = new StringBuilder();
        if (changes.isEmpty()) {
            message.append("保存记录册\nSaved the register\n"); //$NON-NLS-1$
        } else {
            message.append(zh.summary(changes)).append('\n').append(en.summary(changes)).append('\n');
            if (changes.size() > 1) {
                message.append('\n');
                zh.lines(changes, message);
                en.lines(changes, message);
            }
        }
        if (reason != null && !reason.isBlank()) {
            message.append("\n原因：").append(reason.strip()).append("\nReason: ").append(reason.strip()).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return message.toString();
    }

    private String summary(List<Change> changes) {
        String first = change(changes.get(0));
        if (changes.size() == 1) {
            return first;
        }
        return chinese() ? first + "等 " + changes.size() + " 处更改" //$NON-NLS-1$ //$NON-NLS-2$
                : first + " and " + (changes.size() - 1) + " more changes"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void lines(List<Change> changes, StringBuilder message) {
        for (Change change : changes.subList(0, Math.min(MESSAGE_LINES, changes.size()))) {
            message.append(change(change)).append('\n');
        }
        if (changes.size() > MESSAGE_LINES) {
            message.append(chinese() ? "……另有 " + (changes.size() - MESSAGE_LINES) + " 处\n" //$NON-NLS-1$ //$NON-NLS-2$
                    : "… and " + (changes.size() - MESSAGE_LINES) + " more\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** @return the name that tells an element apart, without its kind; {@code null} for an element without one */
    private String name(EObject element) {
        if (element instanceof ChainElement chain) {
            String number = chain.getFullNumber();
            return number != null && !number.isBlank() ? number : quotedOrNull(chain.getHeadline());
        }
        if (element instanceof Record record) {
            return quotedOrNull(record.getTitle());
        }
        if (element instanceof OrgUnit unit) {
            return unit.getName();
        }
        if (element instanceof Person person) {
            return person.getName();
        }
        if (element instanceof Notice notice) {
            return quotedOrNull(notice.getTitle());
        }
        if (element instanceof ReviewTemplate template) {
            return quotedOrNull(template.getName());
        }
        if (element instanceof Aspect aspect) {
            return first(aspect.getLabel(), aspect.getShortName(), aspect.getTitle());
        }
        if (element instanceof Direction direction) {
            return first(direction.getLabel(), direction.getHeading());
        }
        return null;
    }

    private String first(String... texts) {
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                return shortened(text);
            }
        }
        return null;
    }

    private String quotedOrNull(String text) {
        return text == null || text.isBlank() ? null : quoted(text);
    }

    private String quoted(String text) {
        return chinese() ? "“" + shortened(text) + "”" : "\"" + shortened(text) + "\""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private static String shortened(String text) {
        String line = text.strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
        return line.length() <= SHORT ? line : line.substring(0, SHORT) + "\u2026"; //$NON-NLS-1$
    }

    /** @return the element itself, or for a proxy the element of the whole register with its identifier */
    private EObject resolved(EObject element) {
        if (!element.eIsProxy()) {
            return element;
        }
        EObject found = elements.apply(((InternalEObject) element).eProxyURI().fragment());
        return found != null ? found : element;
    }

    /** @return the changes between two versions of the parts of a register, as {@link ModelDiff} finds them */
    static List<Change> changes(EObject before, EObject after) {
        return ModelDiff.between(before, after);
    }
}
