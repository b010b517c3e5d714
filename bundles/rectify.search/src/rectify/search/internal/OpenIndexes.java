package rectify.search.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.eclipse.osgi.util.NLS;

import rectify.core.io.FileNames;
import rectify.search.SearchScope;
import rectify.search.internal.RegisterIndex.Opened;

/**
 * The indexes of the registers of a scope, brought up to date and opened as one: one searcher
 * over all of them, whose statistics (how rare a word is) are those of all the registers. The
 * registers that cannot be read are left out and said in the {@link #notes()}.
 */
public final class OpenIndexes implements Closeable {

    private final List<Opened> opened = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final int[] starts;
    private final MultiReader reader;
    private final IndexSearcher searcher;

    /**
     * @param scope the registers
     * @throws IOException when an index that was brought up to date cannot be read
     */
    public OpenIndexes(SearchScope scope) throws IOException {
        for (Path register : scope.registers()) {
            try {
                Opened index = RegisterIndex.of(register).open();
                opened.add(index);
                files.add(register);
                if (index.note() != null) {
                    notes.add(index.note());
                }
            } catch (IOException e) {
                notes.add(NLS.bind(Messages.unreadableRegister, FileNames.display(register), FileNames.reason(e)));
            }
        }
        starts = new int[opened.size()];
        int start = 0;
        for (int i = 0; i < starts.length; i++) {
            starts[i] = start;
            start += opened.get(i).reader().maxDoc();
        }
        reader = new MultiReader(opened.stream().map(Opened::reader).toArray(IndexReader[]::new), false);
        searcher = new IndexSearcher(reader);
    }

    /** @return one searcher over every index */
    public IndexSearcher searcher() {
        return searcher;
    }

    /** @return the reader of every index */
    public IndexReader reader() {
        return reader;
    }

    /**
     * @param doc a document of {@link #searcher()}
     * @return the register file it comes from
     */
    public Path register(int doc) {
        return files.get(ReaderUtil.subIndex(doc, starts));
    }

    /** @return how many registers were opened (those that could be read) */
    public int registers() {
        return files.size();
    }

    /** @return what the user should know about the registers: those left out, indexes built anew */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        reader.close();
        for (Opened index : opened) {
            try {
                index.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
