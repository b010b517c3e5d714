package rectify.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import rectify.core.io.RegisterFiles;
import rectify.model.Register;
import rectify.search.internal.FileStamp;
import rectify.search.internal.IndexedRecord;
import rectify.search.internal.ModelTexts;
import rectify.search.internal.RegisterIndex;
import rectify.search.internal.RegisterIndex.Opened;

/**
 * The search indexes of register files: each in a hidden folder beside its register
 * ({@code .<name>.rectify.index}; under {@code ~/.cache/rectify/search} when the register's folder
 * cannot be written). An index follows its register: a search brings it up to date (only the
 * records that changed are indexed again), builds it when it is missing and builds it anew when it
 * is damaged; a program that saves a register can bring the index along at once
 * ({@link #afterSave}). Indexes only ever read registers.
 */
public final class SearchIndexes {

    private SearchIndexes() {
    }

    /**
     * Brings a register's index up to date with the file.
     *
     * @param register a register file
     * @return what the user should know (a damaged index built anew), or {@code null}
     * @throws IOException when the register cannot be read
     */
    public static String refresh(Path register) throws IOException {
        try (Opened index = RegisterIndex.of(register).open()) {
            return index.note();
        }
    }

    /**
     * Builds a register's index anew, whatever it holds.
     *
     * @param register a register file
     * @return what the user should know (an index that could not be written), or {@code null}
     * @throws IOException when the register cannot be read
     */
    public static String rebuild(Path register) throws IOException {
        try (Opened index = RegisterIndex.of(register).rebuild()) {
            return index.note();
        }
    }

    /**
     * @param register a register file
     * @return the folder of its index
     */
    public static Path location(Path register) {
        return RegisterIndex.of(register).location();
    }

    /**
     * Reads what the index keeps of a register that was just saved, on the thread that owns the
     * model; the returned update writes it, on any thread.
     *
     * @param register the register file, as just saved
     * @param model the register as saved
     * @return the update of the index
     */
    public static Update afterSave(Path register, Register model) {
        List<IndexedRecord> records = ModelTexts.of(model);
        String digest = model.eResource() == null ? null : RegisterFiles.diskVersion(model.eResource()).digest();
        return () -> {
            FileStamp stamp = FileStamp.read(register);
            if (digest == null || digest.equals(stamp.digest())) {
                RegisterIndex.of(register).update(records, stamp);
            }
        };
    }

    /** Writes what was read of a saved register into its index. */
    @FunctionalInterface
    public interface Update {
        /**
         * Writes the index, unless the file changed again since the save (the next search then
         * brings the index up to date).
         *
         * @throws IOException when the index cannot be written; it is then left as it was
         */
        void write() throws IOException;
    }
}
