package rectify.ui.editors;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/** Recreates editor inputs when the workbench restores its editors; none for a vanished file. */
public final class RegisterElementInputFactory implements IElementFactory {

    @Override
    public IAdaptable createElement(IMemento memento) {
        String file = memento.getString(RegisterElementInput.FILE);
        String id = memento.getString(RegisterElementInput.ID);
        if (file == null || id == null || !Files.isRegularFile(Path.of(file))) {
            return null;
        }
        return new RegisterElementInput(Path.of(file), id, memento.getString(RegisterElementInput.NAME));
    }
}
