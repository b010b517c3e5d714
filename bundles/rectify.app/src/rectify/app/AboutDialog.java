package rectify.app;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Product name, version and purpose, in the language of the user interface. */
final class AboutDialog extends Dialog {

    private Image logo;

    AboutDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.aboutTitle, product().getName()));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(16, 16).spacing(16, 8).applyTo(area);
        logo = ResourceLocator.imageDescriptorFromBundle(getClass(), "icons/rectify64.png")
                .map(d -> d.createImage()).orElse(null);
        Label image = new Label(area, SWT.NONE);
        image.setImage(logo);
        GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.BEGINNING).span(1, 3).applyTo(image);

        Label name = new Label(area, SWT.NONE);
        name.setText(product().getName());
        name.setFont(JFaceResources.getHeaderFont());
        Label version = new Label(area, SWT.NONE);
        version.setText(NLS.bind(Messages.aboutVersion, product().getDefiningBundle().getVersion()));
        Label text = new Label(area, SWT.WRAP);
        text.setText(product().getProperty("aboutText"));
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, Messages.aboutClose, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        close();
    }

    @Override
    public boolean close() {
        if (logo != null) {
            logo.dispose();
        }
        return super.close();
    }

    private static IProduct product() {
        return Platform.getProduct();
    }
}
