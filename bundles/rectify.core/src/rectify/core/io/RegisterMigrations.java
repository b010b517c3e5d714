package rectify.core.io;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import rectify.model.Register;

/**
 * The place where migrations of older schema versions go: an explicit table, one entry per
 * older namespace that can still be read. The table is empty today, schema 1.0 being the first;
 * a file of an older version without an entry is refused with a clear message.
 * <p>
 * To add one when schema 1.1 replaces 1.0: keep the 1.0 metamodel (or, when only additions were
 * made, use the current package), add an entry {@code from} 1.0 whose
 * {@link Migration#readingPackage()} reads the old namespace and whose
 * {@link Migration#migrate(EObject)} turns the root read with it into a current register; then
 * add a test with a 1.0 file.
 */
final class RegisterMigrations {

    /** A conversion of files of one older schema version to the current one. */
    interface Migration {

        /** @return the older version this migration reads */
        SchemaVersion from();

        /** @return the package whose classes the elements of the older namespace become */
        EPackage readingPackage();

        /**
         * @param root the root object read with {@link #readingPackage()}
         * @return the register of the current schema; may be {@code root} itself
         */
        Register migrate(EObject root);
    }

    /** The migrations this version has: none yet. */
    static final RegisterMigrations TABLE = new RegisterMigrations(List.of());

    private final List<Migration> migrations;

    RegisterMigrations(List<Migration> migrations) {
        this.migrations = List.copyOf(migrations);
    }

    /**
     * @param version an older version
     * @return the migration from it, or {@code null} when this version cannot read it
     */
    Migration find(SchemaVersion version) {
        for (Migration migration : migrations) {
            if (migration.from().equals(version)) {
                return migration;
            }
        }
        return null;
    }
}
