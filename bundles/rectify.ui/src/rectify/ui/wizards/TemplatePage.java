package rectify.ui.wizards;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import rectify.model.RequiredAspect;
import rectify.model.ReviewTemplate;
import rectify.model.numbering.ChineseNumerals;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.Selections;

/**
 * The second page of a new record: the template its review starts from (none, the built-in one,
 * one of the register's, or a new one from a notice), with the aspects it brings.
 */
final class TemplatePage extends WizardPage {

    private final Supplier<OpenRegister> register;
    private final boolean builtInFirst;
    private TableViewer choices;
    private Text aspects;
    private OpenRegister shownFor;

    /**
     * @param register the register the record goes into
     * @param builtInFirst whether the built-in template is chosen at first (meetings), else none
     */
    TemplatePage(Supplier<OpenRegister> register, boolean builtInFirst) {
        super("template"); //$NON-NLS-1$
        this.register = register;
        this.builtInFirst = builtInFirst;
        setTitle(Messages.templatePageTitle);
        setDescription(Messages.templatePageDescription);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        choices = new TableViewer(page, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
        choices.setContentProvider(ArrayContentProvider.getInstance());
        choices.setLabelProvider(LabelProvider.createTextProvider(choice -> ((TemplateChoice) choice).label()));
        GridDataFactory.fillDefaults().grab(true, false).hint(480, 110).applyTo(choices.getControl());
        new Label(page, SWT.NONE).setText(Messages.templateAspects);
        aspects = new Text(page, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, true).hint(480, 160).applyTo(aspects);
        choices.addSelectionChangedListener(event -> chosen());
        setControl(page);
        showChoices();
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible && register.get() != shownFor) {
            showChoices();
        }
        super.setVisible(visible);
    }

    /** Lists the choices for the register chosen on the first page. */
    private void showChoices() {
        shownFor = register.get();
        if (shownFor == null) {
            return;
        }
        List<TemplateChoice> offered = TemplateChoice.of(shownFor.register());
        choices.setInput(offered);
        choices.setSelection(new StructuredSelection(offered.get(builtInFirst ? 1 : 0)));
    }

    private void chosen() {
        TemplateChoice choice = choice();
        ReviewTemplate template = choice == null ? null : choice.template();
        StringBuilder text = new StringBuilder();
        if (template != null) {
            List<RequiredAspect> required = template.getAspects();
            for (int i = 0; i < required.size(); i++) {
                text.append(ChineseNumerals.inParentheses(i + 1)).append(required.get(i).getShortName()).append('\n')
                        .append(required.get(i).getTitle()).append("\n\n"); //$NON-NLS-1$
            }
        } else if (choice instanceof TemplateChoice.FromNotice) {
            text.append(Messages.templateFromNoticeHint);
        }
        aspects.setText(text.toString().strip());
        setPageComplete(choice != null);
        if (isCurrentPage()) {
            getContainer().updateButtons();
        }
    }

    /** @return the choice made; null before one is */
    TemplateChoice choice() {
        return choices == null ? null : (TemplateChoice) Selections.single(choices.getSelection());
    }
}
