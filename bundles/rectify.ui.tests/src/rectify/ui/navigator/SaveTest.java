package rectify.ui.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static rectify.ui.Workbenches.activate;
import static rectify.ui.Workbenches.execute;
import static rectify.ui.Workbenches.settle;

import java.nio.file.Path;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ShowInContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.core.io.RegisterFiles;
import rectify.model.Record;
import rectify.samples.Samples;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/** File › Save while the navigator is active saves the register of its selection. */
class SaveTest {

    @TempDir
    Path folder;

    @Test
    void fileSaveSavesTheSelectedRegister() throws Exception {
        Path file = Samples.copySampleRegister(folder.resolve("副本.rectify"));
        OpenRegister copy = OpenRegisters.get().open(file);
        try {
            RegisterNavigator navigator = activate(RegisterNavigator.ID, RegisterNavigator.class);
            Record record = copy.register().getRecords().get(0);
            navigator.show(new ShowInContext(null, new StructuredSelection(record)));
            RenameAction.rename(record, "保存后的标题");
            settle();
            assertTrue(navigator.isDirty());

            execute(ActionFactory.SAVE.getCommandId());
            settle();
            assertFalse(copy.isDirty(), "the register was not saved");
            assertEquals("保存后的标题", RegisterFiles.load(file).getRecords().get(0).getTitle());
        } finally {
            OpenRegisters.get().close(copy);
        }
    }
}
