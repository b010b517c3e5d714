package rectify.core.io;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import rectify.model.RectifyPackage;
import rectify.model.Register;

/**
 * The migrations of older schema versions: an explicit table, one entry per older namespace that
 * can still be read. A file of an older version without an entry is refused with a clear message.
 * <ul>
 * <li>1.0 &rarr; 1.1: the many-valued texts (a review's preamble and notes) keep repeated
 * paragraphs. Every 1.0 file is a valid 1.1 file, so its elements are read with the current
 * package as they are.</li>
 * </ul>
 * <p>
 * To add one when a later schema replaces this one: keep the older metamodel (or, when only
 * relaxations or additions were made, use the current package, as {@link #relaxed} does), add an
 * entry {@code from} the older version whose {@link Migration#readingPackage()} reads the old
 * namespace and whose {@link Migration#migrate(EObject)} turns the root read with it into a
 * current register; then add a test with a file of the older version.
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

    /** The migrations this version has. */
    static final RegisterMigrations TABLE = new RegisterMigrations(List.of(relaxed(new SchemaVersion(1, 0))));

    private final List<Migration> migrations;

    RegisterMigrations(List<Migration> migrations) {
        this.migrations = List.copyOf(migrations);
    }

    /**
     * @param from an older version whose files are valid files of the current one
     * @return the migration that reads them with the current package, unchanged
     */
    static Migration relaxed(SchemaVersion from) {
        return new Migration() {
            @Override
            public SchemaVersion from() {
                return from;
            }

            @Override
            public EPackage readingPackage() {
                return RectifyPackage.eINSTANCE;
            }

            @Override
            public Register migrate(EObject root) {
                return (Register) root;
            }
        };
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
