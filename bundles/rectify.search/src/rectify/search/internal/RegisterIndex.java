package rectify.search.internal;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.eclipse.osgi.util.NLS;

import rectify.core.io.FileNames;
import rectify.core.io.RegisterFileException;
import rectify.core.io.RegisterFiles;
import rectify.search.ElementKind;

/**
 * The search index of one register file: a Lucene index in a hidden folder beside the file
 * ({@code .<name>.rectify.index}), or under the user's cache folder when the register's folder
 * cannot be written. The index only ever reads the register. It records the version of the file
 * it was made from; {@link #open()} brings it up to date first (only the records that changed are
 * indexed again), builds it when it is missing, and builds it anew when it is damaged or was made
 * by another version of Rectify. When the index cannot be written (another program writes it,
 * or the disk is full), the register is indexed in memory for that search.
 */
public final class RegisterIndex {

    /** The version of what the index holds; an index of another version is built anew. */
    private static final String FORMAT = "rectify.search/1"; //$NON-NLS-1$
    private static final String FORMAT_KEY = "format"; //$NON-NLS-1$
    /** How long a writer waits for another program's writer of the same index. */
    private static final long WRITER_WAIT_MILLIS = 5_000;
    private static final long WRITER_RETRY_MILLIS = 100;
    private static final double RAM_BUFFER_MB = 64;
    /**
     * The largest segment merges make: a save then never waits for the large segments of the first
     * indexing to be merged again, and the small ones of each save are merged among themselves.
     */
    private static final double LARGEST_MERGE_MB = 16;
    private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();
    /**
     * The reader of each index last searched, kept open (one reference) so that the next search
     * of an unchanged index opens nothing; its directory stays open with it.
     */
    private static final Map<Path, DirectoryReader> READERS = new ConcurrentHashMap<>();

    private final Path register;
    private final Path location;

    private RegisterIndex(Path register, Path location) {
        this.register = register;
        this.location = location;
    }

    /**
     * @param register a register file
     * @return its index
     */
    public static RegisterIndex of(Path register) {
        Path file = register.toAbsolutePath().normalize();
        return new RegisterIndex(file, location(file));
    }

    private static Path location(Path file) {
        Path beside = file.resolveSibling("." + file.getFileName() + ".index"); //$NON-NLS-1$ //$NON-NLS-2$
        if (Files.isDirectory(beside) || Files.isWritable(file.getParent())) {
            return beside;
        }
        return Path.of(System.getProperty("user.home"), ".cache", "rectify", "search") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                .resolve(hash(file.toString()) + "-" + file.getFileName() + ".index"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)), 0, 8); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the register file */
    public Path register() {
        return register;
    }

    /** @return the folder of the index */
    public Path location() {
        return location;
    }

    /** How the index was found when it was opened. */
    public enum Freshness {
        /** It was up to date. */
        CURRENT,
        /** The records that changed were indexed again. */
        UPDATED,
        /** It was missing, or made by another version, and was built. */
        BUILT,
        /** It was damaged, and was built anew. */
        REBUILT,
        /** It could not be written, and the register was indexed in memory for this search. */
        IN_MEMORY
    }

    /**
     * An index opened for reading; close it when done.
     *
     * @param reader its reader
     * @param freshness how it was found
     * @param note what the user should know about it (a damaged index built anew, an index that
     *        could not be written), or {@code null}
     * @param inMemory whether the index is in memory only (its directory goes with the reader)
     */
    public record Opened(DirectoryReader reader, Freshness freshness, String note, boolean inMemory)
            implements Closeable {
        @Override
        public void close() throws IOException {
            reader.decRef();
            if (inMemory) {
                reader.directory().close();
            }
        }
    }

    /**
     * Brings the index up to date with the register file and opens it.
     *
     * @return the index, opened
     * @throws RegisterFileException when the register must be read and cannot be
     * @throws IOException when the register's file cannot be read at all
     */
    public Opened open() throws IOException {
        synchronized (LOCKS.computeIfAbsent(location, any -> new Object())) {
            String damage;
            try {
                Freshness freshness = refresh();
                return opened(freshness, null);
            } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | EOFException
                    | NoSuchFileException e) {
                if (!Files.exists(register)) {
                    throw e;
                }
                damage = e.getClass().getSimpleName();
            } catch (LockObtainFailedException e) {
                return inMemory(Messages.indexBusy);
            } catch (RegisterFileException e) {
                throw e;
            } catch (IOException e) {
                return inMemory(FileNames.reason(e));
            }
            try {
                clear();
                build();
                return opened(Freshness.REBUILT, NLS.bind(Messages.indexRebuilt, FileNames.display(register), damage));
            } catch (RegisterFileException e) {
                throw e;
            } catch (IOException e) {
                return inMemory(FileNames.reason(e));
            }
        }
    }

    /**
     * Indexes what was read from the model of the register, as saved in the version given; only
     * the records that changed since the index was made are indexed again.
     *
     * @param records the records of the register, as {@link ModelTexts} read them
     * @param stamp the version of the file they were saved to
     * @throws IOException when the index cannot be written (another program writes it, say); it
     *         is then left as it was, and brought up to date by the next search
     */
    public void update(List<IndexedRecord> records, FileStamp stamp) throws IOException {
        synchronized (LOCKS.computeIfAbsent(location, any -> new Object())) {
            try (Directory directory = FSDirectory.open(location)) {
                write(directory, records, stamp, false);
            } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | EOFException
                    | NoSuchFileException e) {
                clear();
                try (Directory directory = FSDirectory.open(location)) {
                    write(directory, records, stamp, true);
                }
            }
        }
    }

    /** Builds the index anew, whatever it holds. */
    public Opened rebuild() throws IOException {
        synchronized (LOCKS.computeIfAbsent(location, any -> new Object())) {
            try {
                clear();
                build();
            } catch (RegisterFileException e) {
                throw e;
            } catch (IOException e) {
                return inMemory(FileNames.reason(e));
            }
            return opened(Freshness.BUILT, null);
        }
    }

    /**
     * The reader of the index as it is now: the one kept from the last search when the index has
     * not changed since, else a new one (which is then kept).
     */
    private Opened opened(Freshness freshness, String note) throws IOException {
        DirectoryReader kept = READERS.get(location);
        DirectoryReader reader = kept == null ? DirectoryReader.open(FSDirectory.open(location))
                : DirectoryReader.openIfChanged(kept);
        if (reader == null) {
            reader = kept;
        } else {
            READERS.put(location, reader);
            if (kept != null) {
                kept.decRef();
            }
        }
        reader.incRef();
        return new Opened(reader, freshness, note, false);
    }

    /** Lets go of the reader kept for the index, before its files are deleted. */
    private void forget() throws IOException {
        DirectoryReader kept = READERS.remove(location);
        if (kept != null) {
            kept.decRef();
        }
    }

    private Freshness refresh() throws IOException {
        if (!Files.isDirectory(location)) {
            build();
            return Freshness.BUILT;
        }
        FileStamp indexed;
        try (Directory directory = FSDirectory.open(location)) {
            if (!DirectoryReader.indexExists(directory)) {
                indexed = null;
            } else {
                Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
                if (!FORMAT.equals(data.get(FORMAT_KEY))) {
                    indexed = null;
                } else {
                    indexed = FileStamp.fromCommitData(data);
                    if (indexed == null) {
                        throw new CorruptIndexException("no version of the register", location.toString()); //$NON-NLS-1$
                    }
                }
            }
            if (indexed != null && indexed.isCurrent(register)) {
                return Freshness.CURRENT;
            }
            FileStamp stamp = FileStamp.read(register);
            write(directory, ModelTexts.of(RegisterFiles.load(register)), stamp, indexed == null);
            return indexed == null ? Freshness.BUILT : Freshness.UPDATED;
        }
    }

    private void build() throws IOException {
        FileStamp stamp = FileStamp.read(register);
        List<IndexedRecord> records = ModelTexts.of(RegisterFiles.load(register));
        Files.createDirectories(location);
        try (Directory directory = FSDirectory.open(location)) {
            write(directory, records, stamp, true);
        }
    }

    private Opened inMemory(String reason) throws IOException {
        FileStamp stamp = FileStamp.read(register);
        Directory directory = new ByteBuffersDirectory();
        write(directory, ModelTexts.of(RegisterFiles.load(register)), stamp, true);
        return new Opened(DirectoryReader.open(directory), Freshness.IN_MEMORY,
                NLS.bind(Messages.indexInMemory, FileNames.display(register), reason), true);
    }

    private static void write(Directory directory, List<IndexedRecord> records, FileStamp stamp, boolean fresh)
            throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(Analysis.analyzer())
                .setOpenMode(fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setMergePolicy(new TieredMergePolicy().setMaxMergedSegmentMB(LARGEST_MERGE_MB));
        try (IndexWriter writer = writer(directory, config)) {
            Map<String, String> indexed = fresh ? Map.of() : digests(writer);
            Map<String, String> digests = records.parallelStream()
                    .collect(Collectors.toConcurrentMap(IndexedRecord::id, IndexedRecord::digest));
            Set<String> removed = indexed.keySet().stream().filter(id -> !digests.containsKey(id))
                    .collect(Collectors.toSet());
            for (String id : removed) {
                writer.deleteDocuments(new Term(Fields.RECORD, id));
            }
            try {
                records.parallelStream().filter(record -> !digests.get(record.id()).equals(indexed.get(record.id())))
                        .forEach(record -> {
                            try {
                                writer.updateDocuments(new Term(Fields.RECORD, record.id()),
                                        Fields.documents(record, digests.get(record.id())));
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            Map<String, String> data = new HashMap<>(stamp.toCommitData());
            data.put(FORMAT_KEY, FORMAT);
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }
    }

    /** Opens a writer, waiting a while for another program's writer of the same index. */
    private static IndexWriter writer(Directory directory, IndexWriterConfig config) throws IOException {
        long until = System.currentTimeMillis() + WRITER_WAIT_MILLIS;
        while (true) {
            try {
                return new IndexWriter(directory, config);
            } catch (LockObtainFailedException e) {
                if (System.currentTimeMillis() > until) {
                    throw e;
                }
                try {
                    Thread.sleep(WRITER_RETRY_MILLIS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** @return the digest of each record indexed, by the record's identifier */
    private static Map<String, String> digests(IndexWriter writer) throws IOException {
        Map<String, String> digests = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TermQuery records = new TermQuery(new Term(Fields.KIND, ElementKind.RECORD.literal()));
            StoredFields fields = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(records, Math.max(1, reader.maxDoc())).scoreDocs) {
                var document = fields.document(hit.doc, Set.of(Fields.RECORD, Fields.DIGEST));
                digests.put(document.get(Fields.RECORD), document.get(Fields.DIGEST));
            }
        }
        return digests;
    }

    /** Deletes the files of the index, and only those: the folder holds nothing else. */
    private void clear() throws IOException {
        forget();
        if (!Files.isDirectory(location)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(location)) {
            for (Path file : files) {
                if (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(file);
                }
            }
        }
    }
}
