package rectify.start;

import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.handlers.IHandlerService;

import rectify.ui.editors.RecordEditors;
import rectify.ui.registers.OpenRegister;

/**
 * The lines of the start page and where they lead: links that open elements in the record editor,
 * run the workbench's commands (those of other bundles by id, when they are installed) or show views.
 */
final class Links {

    private final IWorkbenchPartSite site;
    private final FormToolkit toolkit;

    Links(IWorkbenchPartSite site, FormToolkit toolkit) {
        this.site = site;
        this.toolkit = toolkit;
    }

    FormToolkit toolkit() {
        return toolkit;
    }

    /** Adds a link that runs {@code action} when followed. */
    Hyperlink link(Composite parent, String text, Runnable action) {
        Hyperlink link = toolkit.createHyperlink(parent, text, SWT.WRAP);
        link.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        link.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent e) {
                action.run();
            }
        });
        return link;
    }

    /** Adds a line of text. */
    Label text(Composite parent, String text) {
        Label label = toolkit.createLabel(parent, text, SWT.WRAP);
        label.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        return label;
    }

    /** Opens the record that holds {@code element} in the record editor and shows the element. */
    void open(OpenRegister register, EObject element) {
        try {
            RecordEditors.open(site.getPage(), register, element);
        } catch (PartInitException e) {
            MessageDialog.openError(site.getShell(), Messages.failed, e.getMessage());
        }
    }

    /** @return true when a command of this id is installed */
    boolean has(String commandId) {
        return site.getService(ICommandService.class).getCommand(commandId).isDefined();
    }

    /**
     * Runs a command as its menu item would with {@code selected} chosen.
     *
     * @param selected what the command works on, or null
     * @param parameters the command's parameters
     */
    void run(String commandId, Object selected, Map<String, String> parameters) {
        IHandlerService handlers = site.getService(IHandlerService.class);
        Command command = site.getService(ICommandService.class).getCommand(commandId);
        IEvaluationContext context = handlers.createContextSnapshot(true);
        if (selected != null) {
            context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(selected));
        }
        try {
            handlers.executeCommandInContext(ParameterizedCommand.generateCommand(command, parameters), null, context);
        } catch (CommandException e) {
            MessageDialog.openError(site.getShell(), Messages.failed, e.getMessage());
        }
    }

    /** Shows a view. */
    void show(String viewId) {
        try {
            site.getPage().showView(viewId);
        } catch (PartInitException e) {
            MessageDialog.openError(site.getShell(), Messages.failed, e.getMessage());
        }
    }
}
