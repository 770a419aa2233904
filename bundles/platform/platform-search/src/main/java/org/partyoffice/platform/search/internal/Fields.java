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
    /**
     * The title as given, stored for hits. It is no longer searched ({@link #BODY} carries it) but
     * stays indexed as before: Lucene 9 refuses a field whose index options change within an index,
     * and indexes written by earlier versions must take new items.
     */
    static final String TITLE = "title";
    /**
     * Title and text together, what every word must match and what ranks. One field per word keeps
     * each required clause a single posting list (a title-or-text disjunction per word was several
     * times slower to intersect and to count over a million items), and the query a pure
     * conjunction: the title is written {@link #TITLE_WEIGHT} times, so a title word ranks higher
     * through its frequency (BM25) instead of through an optional title clause beside every word,
     * which kept Lucene from skipping blocks.
     */
    static final String BODY = "body";
    /** How many times the title is written into {@link #BODY}. */
    static final int TITLE_WEIGHT = 3;
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
        doc.add(new TextField(BODY, (title + "\n").repeat(TITLE_WEIGHT) + text, Field.Store.NO));
        doc.add(new StoredField(EXCERPT, Texts.truncate(text, EXCERPT_CHARS)));
        // A point, not a term: the clearance filter is one range query, whatever the level; doc
        // values too, so Lucene can check the few candidates of a selective query one by one
        // instead of collecting the (usually huge) set of items at or below the clearance.
        int classification = item.classification().ordinal();
        doc.add(new IntPoint(CLASSIFICATION, classification));
        doc.add(new NumericDocValuesField(CLASSIFICATION, classification));
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
