package rectify.ui.wizards;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import rectify.model.Register;
import rectify.model.ReviewTemplate;

/** What a new record's review starts from, as the wizard offers it. */
sealed interface TemplateChoice {

    /** @return the template; null for an empty review and before a notice is described */
    ReviewTemplate template();

    /** @return how the wizard names the choice */
    String label();

    /** An empty review. */
    record None() implements TemplateChoice {
        @Override
        public ReviewTemplate template() {
            return null;
        }

        @Override
        public String label() {
            return Messages.templateNone;
        }
    }

    /** The built-in template: the register's copy of it, or a new copy. */
    record BuiltIn(ReviewTemplate template) implements TemplateChoice {
        @Override
        public String label() {
            return NLS.bind(Messages.templateBuiltIn, template.getName(), template.getAspects().size());
        }
    }

    /** A template the register keeps. */
    record Stored(ReviewTemplate template) implements TemplateChoice {
        @Override
        public String label() {
            return NLS.bind(Messages.templateStored, template.getName(), template.getAspects().size());
        }
    }

    /** A new template, taken from a notice the user describes on the next page. */
    record FromNotice() implements TemplateChoice {
        @Override
        public ReviewTemplate template() {
            return null;
        }

        @Override
        public String label() {
            return Messages.templateFromNotice;
        }
    }

    /**
     * @return the choices for a register: none, the built-in template, the register's other
     *         templates, a new one from a notice
     */
    static List<TemplateChoice> of(Register register) {
        ReviewTemplate builtIn = BuiltInTemplate.in(register);
        List<TemplateChoice> choices = new ArrayList<>();
        choices.add(new None());
        choices.add(new BuiltIn(builtIn != null ? builtIn : BuiltInTemplate.create()));
        register.getTemplates().stream().filter(t -> t != builtIn).map(Stored::new).forEach(choices::add);
        choices.add(new FromNotice());
        return choices;
    }
}
