package rectify.search.internal;

import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;

import rectify.search.ElementKind;

/**
 * The fields of the index, one document per element: identity and filters as exact terms, the
 * text as bigrams (stored); problems also keep term vectors of the bigrams of their text and of the
 * words and bigrams of their headlines, which the comparison of problems reads instead of analyzing
 * the texts again. Words
 * are not indexed in the text: the segmenter is slow on long texts, and a word is found as the
 * phrase of its bigrams.
 */
public final class Fields {

    /** The element's identifier. */
    public static final String ID = "id"; //$NON-NLS-1$
    /** The identifier of the element's record. */
    public static final String RECORD = "record"; //$NON-NLS-1$
    /** The record's title. */
    public static final String TITLE = "title"; //$NON-NLS-1$
    /** The element's {@link ElementKind#literal() kind}. */
    public static final String KIND = "kind"; //$NON-NLS-1$
    /** The record's year. */
    public static final String YEAR = "year"; //$NON-NLS-1$
    /** The organization of the register. */
    public static final String ORGANIZATION = "organization"; //$NON-NLS-1$
    /** A responsible unit the element concerns. */
    public static final String UNIT = "unit"; //$NON-NLS-1$
    /** A responsible leader the element concerns. */
    public static final String LEADER = "leader"; //$NON-NLS-1$
    /** A status the element concerns. */
    public static final String STATUS = "status"; //$NON-NLS-1$
    /** The element's number as users see it. */
    public static final String NUMBER = "number"; //$NON-NLS-1$
    /** The element's headline, stored. */
    public static final String HEADLINE = "headline"; //$NON-NLS-1$
    /** The words of a problem's headline. */
    public static final String HEADLINE_WORDS = "headline.words"; //$NON-NLS-1$
    /** The bigrams of a problem's headline. */
    public static final String HEADLINE_BIGRAMS = "headline.bigrams"; //$NON-NLS-1$
    /** The bigrams of a problem's text, for its term vector (the comparison of problems). */
    public static final String PROBLEM_BIGRAMS = "problem.bigrams"; //$NON-NLS-1$
    /** On a record's document: the digest of what was indexed of it. */
    public static final String DIGEST = "digest"; //$NON-NLS-1$

    private static final FieldType INDEXED_WITH_VECTORS = analyzed(false, true);
    private static final FieldType STORED = analyzed(true, false);

    private Fields() {
    }

    private static FieldType analyzed(boolean stored, boolean vectors) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.setStoreTermVectors(vectors);
        type.freeze();
        return type;
    }

    /**
     * @param record a record
     * @param digest its {@link IndexedRecord#digest() digest}
     * @return the documents of its elements, the record's own first (with the record's digest)
     */
    public static List<Document> documents(IndexedRecord record, String digest) {
        return record.elements().stream().map(element -> {
            Document document = document(record, element);
            if (element.kind() == ElementKind.RECORD) {
                document.add(new StoredField(DIGEST, digest));
            }
            return document;
        }).toList();
    }

    private static Document document(IndexedRecord record, IndexedElement element) {
        Document document = new Document();
        document.add(new StringField(ID, element.id(), Field.Store.YES));
        document.add(new StringField(RECORD, record.id(), Field.Store.YES));
        document.add(new StoredField(TITLE, record.title()));
        document.add(new StringField(KIND, element.kind().literal(), Field.Store.YES));
        document.add(new IntPoint(YEAR, record.year()));
        document.add(new StoredField(YEAR, record.year()));
        document.add(new NumericDocValuesField(YEAR, record.year()));
        document.add(new StringField(ORGANIZATION, record.organization(), Field.Store.YES));
        element.units().forEach(unit -> document.add(new StringField(UNIT, unit, Field.Store.NO)));
        element.leaders().forEach(leader -> document.add(new StringField(LEADER, leader, Field.Store.NO)));
        element.statuses().forEach(status -> document.add(new StringField(STATUS, status, Field.Store.NO)));
        document.add(new StoredField(NUMBER, element.number()));
        document.add(new StoredField(HEADLINE, element.headline()));
        document.add(new Field(Analysis.BIGRAMS, element.text(), STORED));
        if (element.kind() == ElementKind.PROBLEM) {
            document.add(new Field(PROBLEM_BIGRAMS, element.text(), INDEXED_WITH_VECTORS));
            document.add(new Field(HEADLINE_WORDS, element.headline(), INDEXED_WITH_VECTORS));
            document.add(new Field(HEADLINE_BIGRAMS, element.headline(), INDEXED_WITH_VECTORS));
        }
        return document;
    }
}
