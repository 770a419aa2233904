package org.partyoffice.platform.search.internal;

import java.time.Instant;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.partyoffice.platform.api.search.IndexedItem;

/** The Lucene fields of an item, and how an {@link IndexedItem} becomes a document. */
final class Fields {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String TEXT = "text";
    /** The start of the text, stored for snippets (the whole text is searched, not stored). */
    static final String EXCERPT = "excerpt";
    static final String CLASSIFICATION = "classification";
    static final String DATE = "date";
    private static final String FILTER_PREFIX = "filter.";

    /** How much of the text is kept for snippets: enough for a passage, small on disk. */
    static final int EXCERPT_CHARS = 2_000;

    private Fields() {
    }

    /** The field of a filter key: prefixed, so a module's key can never collide with ours. */
    static String filter(String key) {
        return FILTER_PREFIX + key;
    }

    static Term idTerm(String id) {
        return new Term(ID, id);
    }

    static Document document(IndexedItem item) {
        Document doc = new Document();
        doc.add(new StringField(ID, item.id(), Field.Store.YES));
        String title = FoldingAnalyzer.normalize(item.title());
        String text = FoldingAnalyzer.normalize(item.text());
        doc.add(new TextField(TITLE, title, Field.Store.YES));
        doc.add(new TextField(TEXT, text, Field.Store.NO));
        doc.add(new StoredField(EXCERPT, Texts.truncate(text, EXCERPT_CHARS)));
        // A point, not a term: the clearance filter is one range query, whatever the level.
        doc.add(new IntPoint(CLASSIFICATION, item.classification().ordinal()));
        Instant date = item.date();
        if (date != null) {
            long millis = date.toEpochMilli();
            doc.add(new LongPoint(DATE, millis));
            doc.add(new NumericDocValuesField(DATE, millis));
            doc.add(new StoredField(DATE, millis));
        }
        for (Map.Entry<String, String> f : item.filters().entrySet()) {
            doc.add(new StringField(filter(f.getKey()), f.getValue(), Field.Store.NO));
        }
        return doc;
    }
}
