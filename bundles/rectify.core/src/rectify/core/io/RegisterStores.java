package rectify.core.io;

import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

import org.eclipse.emf.ecore.resource.Resource;

/** The {@link RegisterStore stores} present, found once. */
final class RegisterStores {

    private static volatile List<RegisterStore> stores;

    private RegisterStores() {
    }

    /** @return the store that keeps the register named by a path, or {@code null} for a register file */
    static RegisterStore at(Path path) {
        for (RegisterStore store : all()) {
            if (store.locate(path) != null) {
                return store;
            }
        }
        return null;
    }

    /** @return the store that loaded a resource, or {@code null} for a register file's resource */
    static RegisterStore of(Resource resource) {
        for (RegisterStore store : all()) {
            if (store.owns(resource)) {
                return store;
            }
        }
        return null;
    }

    private static List<RegisterStore> all() {
        List<RegisterStore> found = stores;
        if (found == null) {
            found = ServiceLoader.load(RegisterStore.class, RegisterStore.class.getClassLoader()).stream()
                    .map(ServiceLoader.Provider::get).toList();
            stores = found;
        }
        return found;
    }
}
