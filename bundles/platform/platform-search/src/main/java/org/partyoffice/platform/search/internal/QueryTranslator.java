package org.partyoffice.platform.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.partyoffice.platform.api.search.SearchQuery;

/**
 * Turns a {@link SearchQuery} into a Lucene query built from analysed tokens, never from a query
 * syntax: quotes, brackets, {@code AND}, backslashes are just characters of the user's words, so no
 * input can cause a parse error. Every word is required in the title or text ({@link Fields#BODY}),
 * where title words weigh more ({@link Fields#TITLE_WEIGHT}); a word ending in {@code *} matches as a
 * prefix.
 * Clearance and filters are non-scoring filters, so they change what is matched and counted, never
 * the order.
 */
final class QueryTranslator {

    /**
     * Shorter prefixes match as whole words: a one-letter prefix would expand to a large part of
     * the dictionary of a million-item index and blow the latency budget.
     */
    static final int MIN_PREFIX = 2;

    private final Analyzer analyzer;

    QueryTranslator(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The translated query; {@link Translated#query()} is null when no word is left to search. */
    Translated translate(SearchQuery search) {
        List<String> terms = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        boolean any = false;
        for (String word : FoldingAnalyzer.normalize(search.text()).trim().split("\\s+")) {
            boolean prefix = word.endsWith("*");
            List<String> tokens = tokens(word);
            for (int i = 0; i < tokens.size(); i++) {
                String token = tokens.get(i);
                boolean asPrefix = prefix && i == tokens.size() - 1 && token.length() >= MIN_PREFIX;
                (asPrefix ? prefixes : terms).add(token);
                words.add(match(Fields.BODY, token, asPrefix), Occur.MUST);
                any = true;
            }
        }
        if (!any) {
            return new Translated(null, List.of(), List.of());
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(words.build(), Occur.MUST);
        int clearance = search.clearance().ordinal();
        query.add(new IndexOrDocValuesQuery(IntPoint.newRangeQuery(Fields.CLASSIFICATION, 0, clearance),
                NumericDocValuesField.newSlowRangeQuery(Fields.CLASSIFICATION, 0, clearance)), Occur.FILTER);
        for (Map.Entry<String, String> f : search.filters().entrySet()) {
            query.add(new TermQuery(new Term(Fields.filter(f.getKey()), f.getValue())), Occur.FILTER);
        }
        return new Translated(query.build(), List.copyOf(terms), List.copyOf(prefixes));
    }

    private static Query match(String field, String token, boolean prefix) {
        Term term = new Term(field, token);
        return prefix ? new PrefixQuery(term) : new TermQuery(term);
    }

    private List<String> tokens(String word) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(Fields.BODY, word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            // Analysing a String cannot do I/O; this would be a Lucene bug.
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** A Lucene query and the analysed words it looks for (for snippets). */
    record Translated(Query query, List<String> terms, List<String> prefixes) {

        boolean matches(String token) {
            return terms.contains(token) || prefixes.stream().anyMatch(token::startsWith);
        }
    }
}
