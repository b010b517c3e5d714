package rectify.ui.wizards;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import rectify.model.Notice;
import rectify.model.RectifyFactory;
import rectify.model.RequiredAspect;
import rectify.model.ReviewTemplate;

/**
 * The page that makes a template from a notice: the notice's title and document number, and the
 * aspects it requires, one a line (a short name may follow the title after ｜ or |), with the
 * minimum of problems under each. The template and the notice go into the register with the
 * new record.
 */
final class NoticePage extends WizardPage {

    private Text title;
    private Text documentNumber;
    private Text aspects;
    private Spinner minimum;

    NoticePage() {
        super("notice"); //$NON-NLS-1$
        setTitle(Messages.noticePageTitle);
        setDescription(Messages.noticePageDescription);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
        title = text(page, Messages.noticeTitle, SWT.BORDER);
        documentNumber = text(page, Messages.noticeNumber, SWT.BORDER);
        documentNumber.setMessage(Messages.noticeNumberHint);
        Label label = new Label(page, SWT.NONE);
        label.setText(Messages.noticeAspects);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
        aspects = new Text(page, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(420, 160).applyTo(aspects);
        new Label(page, SWT.NONE);
        Label hint = new Label(page, SWT.WRAP);
        hint.setText(Messages.noticeAspectsHint);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(hint);
        new Label(page, SWT.NONE).setText(Messages.noticeMinimum);
        minimum = new Spinner(page, SWT.BORDER);
        minimum.setValues(1, 0, 99, 0, 1, 5);
        title.addModifyListener(event -> validate());
        aspects.addModifyListener(event -> validate());
        setControl(page);
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            title.setFocus();
        }
    }

    private static Text text(Composite page, String label, int style) {
        new Label(page, SWT.NONE).setText(label);
        Text text = new Text(page, style);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        return text;
    }

    private void validate() {
        String error = title.getText().isBlank() ? Messages.noticeTitleRequired
                : lines().isEmpty() ? Messages.noticeAspectsRequired : null;
        setErrorMessage(error);
        setPageComplete(error == null);
    }

    private List<String> lines() {
        return Arrays.stream(aspects.getText().split("\\R")).map(String::strip).filter(line -> !line.isEmpty()) //$NON-NLS-1$
                .toList();
    }

    /** @return a new template named after the notice, with the notice and the aspects typed */
    ReviewTemplate template() {
        Notice notice = RectifyFactory.eINSTANCE.createNotice();
        notice.setTitle(title.getText().strip());
        notice.setDocumentNumber(documentNumber.getText().isBlank() ? null : documentNumber.getText().strip());
        ReviewTemplate template = RectifyFactory.eINSTANCE.createReviewTemplate();
        template.setName(notice.getTitle());
        template.setNotice(notice);
        for (String line : lines()) {
            RequiredAspect aspect = aspect(line);
            aspect.setMinimumProblems(minimum.getSelection());
            template.getAspects().add(aspect);
        }
        return template;
    }

    /** @return the required aspect of a line: a title, perhaps followed by ｜ or | and a short name */
    static RequiredAspect aspect(String line) {
        RequiredAspect aspect = RectifyFactory.eINSTANCE.createRequiredAspect();
        String[] parts = line.split("[|｜]", 2); //$NON-NLS-1$
        aspect.setTitle(parts[0].strip());
        if (parts.length > 1 && !parts[1].isBlank()) {
            aspect.setShortName(parts[1].strip());
        }
        return aspect;
    }
}
