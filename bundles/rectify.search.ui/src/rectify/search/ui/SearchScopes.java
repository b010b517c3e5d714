package rectify.search.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;

import rectify.search.SearchScope;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/** The registers a search in the workbench looks through: the open ones, and those beside them in their folders. */
public final class SearchScopes {

    private SearchScopes() {
    }

    /**
     * @param withFolders whether the other registers of the open registers' folders are searched too
     * @return the registers
     */
    public static SearchScope ofOpenRegisters(boolean withFolders) {
        List<Path> files = new ArrayList<>();
        for (OpenRegister register : OpenRegisters.get().registers()) {
            Path file = register.file();
            if (withFolders) {
                try {
                    files.addAll(SearchScope.of(file.toAbsolutePath().getParent()).registers());
                } catch (IOException e) {
                    ILog.of(SearchScopes.class).warn(e.getMessage(), e);
                }
            }
            files.add(file);
        }
        return new SearchScope(files);
    }
}
