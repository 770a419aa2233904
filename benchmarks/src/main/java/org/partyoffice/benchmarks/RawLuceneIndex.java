package org.partyoffice.benchmarks;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.partyoffice.platform.api.search.IndexedItem;

/**
 * The baseline: what a hand-written Lucene search would do with no platform rules. One text field
 * (title and text together) with the plain {@link StandardAnalyzer} (no folding, so it does not
 * find {@code nghi quyet} in {@code Nghị quyết}: the queries are given with their diacritics), an
 * AND of term queries, top hits with Lucene's default lower-bound count, ids only. No clearance
 * filter, no exact count, no titles, dates or snippets.
 */
final class RawLuceneIndex implements Closeable {

    private final Analyzer analyzer = new StandardAnalyzer();
    private final FSDirectory directory;
    private IndexWriter writer;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    RawLuceneIndex(Path folder) throws IOException {
        directory = FSDirectory.open(folder);
    }

    void startWriting() throws IOException {
        writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(32));
    }

    void add(List<IndexedItem> items) throws IOException {
        List<Document> docs = new ArrayList<>(items.size());
        for (IndexedItem item : items) {
            Document doc = new Document();
            doc.add(new StringField("id", item.id(), Field.Store.YES));
            doc.add(new TextField("body", item.title() + " " + item.text(), Field.Store.NO));
            docs.add(doc);
        }
        writer.addDocuments(docs);
    }

    void finishWriting() throws IOException {
        writer.commit();
        writer.close();
        writer = null;
    }

    void openForSearch() throws IOException {
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    int search(String text, int limit) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String word : text.split("\\s+")) {
            boolean prefix = word.endsWith("*");
            try (TokenStream ts = analyzer.tokenStream("body", prefix ? word.substring(0, word.length() - 1) : word)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    Term t = new Term("body", term.toString());
                    query.add(prefix ? new PrefixQuery(t) : new TermQuery(t), Occur.MUST);
                }
                ts.end();
            }
        }
        TopDocs top = searcher.search(query.build(), limit);
        int found = 0;
        for (var sd : top.scoreDocs) {
            found += searcher.storedFields().document(sd.doc).get("id").length();
        }
        return found;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        if (writer != null) {
            writer.close();
        }
        directory.close();
    }
}
