package rectify.editor.fields;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Text, numbers and dates, and lists of texts (one per line). What is typed is committed when
 * the field loses the focus (or on Enter in a one-line field), never while typing, so input
 * methods for Chinese work undisturbed. A value that cannot be read keeps the typed text and
 * says why in the field's tooltip.
 */
final class TextField extends Field {

    private final Text text;

    TextField(FormToolkit toolkit, Composite parent, EObject owner, IItemPropertyDescriptor descriptor,
            boolean multiLine) {
        super(owner, descriptor);
        int style = multiLine || feature().isMany() ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE;
        text = toolkit.createText(parent, "", style | SWT.BORDER);
        text.setEditable(editable());
        text.addListener(SWT.Modify, event -> {
            if (text.isFocusControl()) {
                text.setData(PENDING, Boolean.TRUE);
            }
        });
        text.addListener(SWT.FocusOut, event -> commitText());
        if ((style & SWT.SINGLE) != 0) {
            text.addListener(SWT.DefaultSelection, event -> commitText());
        }
        refresh();
    }

    @Override
    public Control control() {
        return text;
    }

    @Override
    protected void refresh() {
        if (!text.isFocusControl()) {
            text.setText(format(value()));
            text.setToolTipText(null);
            text.setData(PENDING, null);
        }
    }

    private void commitText() {
        if (!editable() || text.isDisposed()) {
            return;
        }
        try {
            commit(parse(text.getText()));
            text.setData(PENDING, null);
            text.setToolTipText(null);
            text.setForeground(null);
        } catch (RuntimeException e) {
            text.setToolTipText(NLS.bind(Messages.invalidValue, text.getText()));
            text.setForeground(text.getDisplay().getSystemColor(SWT.COLOR_RED));
        }
    }

    private String format(Object value) {
        if (value instanceof List<?> list) {
            return String.join(text.getLineDelimiter(), list.stream().map(this::format).toList());
        }
        return value == null ? "" : EcoreUtil.convertToString(dataType(), value);
    }

    private Object parse(String typed) {
        if (feature().isMany()) {
            return Arrays.stream(typed.split("\\R")).filter(line -> !line.isBlank()).map(this::parseOne).toList();
        }
        return typed.isBlank() ? defaultValue() : parseOne(typed);
    }

    private Object parseOne(String typed) {
        return EcoreUtil.createFromString(dataType(), typed.strip());
    }

    private Object defaultValue() {
        return feature().getDefaultValue();
    }

    private EDataType dataType() {
        return (EDataType) feature().getEType();
    }
}
