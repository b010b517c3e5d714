package rectify.editor.pages;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryContentProvider;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryLabelProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import rectify.chain.commands.Renumbering;
import rectify.editor.fields.FieldFactory;

/**
 * A tree of elements on the left with buttons to add, delete and move them, and the fields of
 * the selected element on the right. Every button is one command on the file's stack.
 */
final class TreeMasterDetail {

    private final EditingDomain domain;
    private final TreeViewer tree;
    private final DetailsPane details;
    private final Set<EStructuralFeature> skip;
    private final List<Button> addButtons;
    private final List<AddAction> adds;
    private final Button delete;
    private final Button up;
    private final Button down;

    /**
     * @param roots gives the tree's top elements from its input
     * @param skip properties not to show as fields (those the tree shows)
     */
    TreeMasterDetail(FormToolkit toolkit, ScrolledForm form, Composite parent, String title, EditingDomain domain,
            AdapterFactory adapterFactory, Function<Object, Object[]> roots, List<AddAction> adds,
            Set<EStructuralFeature> skip) {
        this.domain = domain;
        this.adds = adds;
        this.skip = skip;
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        toolkit.adapt(sash);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 520).applyTo(sash);

        Section master = toolkit.createSection(sash, ExpandableComposite.TITLE_BAR);
        master.setText(title);
        Composite left = toolkit.createComposite(master);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(left);
        master.setClient(left);
        tree = new TreeViewer(toolkit.createTree(left, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tree.getControl());
        tree.setContentProvider(new AdapterFactoryContentProvider(adapterFactory) {
            @Override
            public Object[] getElements(Object input) {
                return roots.apply(input);
            }
        });
        tree.setLabelProvider(new AdapterFactoryLabelProvider(adapterFactory));
        Composite buttons = toolkit.createComposite(left);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        addButtons = adds.stream().map(add -> button(toolkit, buttons, add.label(), () -> add(add))).toList();
        delete = button(toolkit, buttons, Messages.delete, this::delete);
        up = button(toolkit, buttons, Messages.up, () -> move(-1));
        down = button(toolkit, buttons, Messages.down, () -> move(1));

        Section detail = toolkit.createSection(sash, ExpandableComposite.TITLE_BAR);
        detail.setText(Messages.details);
        Composite right = toolkit.createComposite(detail);
        detail.setClient(right);
        details = new DetailsPane(right, new FieldFactory(toolkit, adapterFactory), form);
        sash.setWeights(2, 3);

        tree.addSelectionChangedListener(event -> selected());
    }

    /** Shows the tree below {@code input} (the parent of its top elements), expanded two levels. */
    void setInput(Object input) {
        tree.setInput(input);
        tree.expandToLevel(2);
        selected();
    }

    TreeViewer viewer() {
        return tree;
    }

    void dispose() {
        details.clear();
    }

    private static Button button(FormToolkit toolkit, Composite parent, String text, Runnable action) {
        Button button = toolkit.createButton(parent, text, SWT.PUSH);
        GridDataFactory.fillDefaults().applyTo(button);
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }

    private EObject selection() {
        Object first = ((IStructuredSelection) tree.getSelection()).getFirstElement();
        return first instanceof EObject element ? element : null;
    }

    private void selected() {
        if (tree.getControl().isDisposed()) {
            return;
        }
        EObject element = selection();
        for (int i = 0; i < adds.size(); i++) {
            addButtons.get(i).setEnabled(adds.get(i).owner().apply(element) != null);
        }
        delete.setEnabled(element != null && element.eContainmentFeature() != null);
        up.setEnabled(canMove(element, -1));
        down.setEnabled(canMove(element, 1));
        details.show(element, skip);
    }

    private void add(AddAction add) {
        EObject owner = add.owner().apply(selection());
        if (owner != null) {
            Command command = add.command().apply(domain, owner);
            domain.getCommandStack().execute(command);
            tree.setSelection(new StructuredSelection(command.getResult().toArray()), true);
        }
    }

    private void delete() {
        EObject element = selection();
        if (element != null) {
            domain.getCommandStack().execute(DeleteCommand.create(domain, element));
            selected();
        }
    }

    private boolean canMove(EObject element, int by) {
        if (element == null || element.eContainingFeature() == null || !element.eContainingFeature().isMany()) {
            return false;
        }
        List<?> siblings = (List<?>) element.eContainer().eGet(element.eContainingFeature());
        int to = siblings.indexOf(element) + by;
        return to >= 0 && to < siblings.size();
    }

    private void move(int by) {
        EObject element = selection();
        if (canMove(element, by)) {
            List<?> siblings = (List<?>) element.eContainer().eGet(element.eContainingFeature());
            Command move = MoveCommand.create(domain, element.eContainer(), element.eContainingFeature(), element,
                    siblings.indexOf(element) + by);
            domain.getCommandStack().execute(Renumbering.after(domain, move, List.of(element), move.getLabel()));
            tree.setSelection(new StructuredSelection(element), true);
        }
    }
}
