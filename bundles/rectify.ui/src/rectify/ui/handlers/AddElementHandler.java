package rectify.ui.handlers;

import java.util.Locale;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import rectify.chain.commands.NewElements;
import rectify.ui.navigator.RegisterNavigator;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;
import rectify.ui.registers.Selections;

/**
 * Adds an aspect, problem, cause, direction or measure (the kind is the handler's data in
 * plugin.xml, e.g. {@code AddElementHandler:problem}) where the selected item says, numbered
 * next, after asking for its headline or title: one command on the register's stack. The new
 * element is then selected in the navigator.
 */
public final class AddElementHandler extends AbstractHandler implements IExecutableExtension {

    private NewElementKind kind;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        kind = NewElementKind.valueOf(String.valueOf(data).toUpperCase(Locale.ROOT));
    }

    @Override
    public void setEnabled(Object evaluationContext) {
        Object selection = HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_CURRENT_SELECTION_NAME);
        Object item = selection instanceof ISelection current ? Selections.single(current) : null;
        setBaseEnabled(kind != null && kind.ownerFor(item) != null);
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        EObject owner = kind.ownerFor(Selections.single(HandlerUtil.getCurrentSelection(event)));
        OpenRegister register = owner == null ? null : OpenRegisters.get().of(owner).orElse(null);
        if (register == null) {
            return null;
        }
        Command preview = kind.command(register.domain(), owner);
        InputDialog dialog = new InputDialog(HandlerUtil.getActiveShell(event), kind.label(),
                kind.prompt(NewElements.created(preview), owner), "", //$NON-NLS-1$
                text -> text.isBlank() ? Messages.textRequired : null);
        preview.dispose();
        if (dialog.open() != IDialogConstants.OK_ID) {
            return null;
        }
        EObject created = add(register, kind, owner, dialog.getValue().strip());
        try {
            RegisterNavigator.reveal(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), created);
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return created;
    }

    /**
     * Adds a new element of a kind to an owner, named {@code text}, as one command on the
     * register's stack.
     *
     * @return the element added
     */
    static EObject add(OpenRegister register, NewElementKind kind, EObject owner, String text) {
        Command command = kind.command(register.domain(), owner);
        EObject created = NewElements.created(command);
        kind.name(created, text);
        register.domain().getCommandStack().execute(new CommandWrapper(kind.label(), null, command));
        return created;
    }
}
