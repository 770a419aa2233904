package org.partyoffice.platform.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A short passage of the stored excerpt around the first matched word. The excerpt is analysed
 * with the index's analyzer, so a folded query ({@code tuyet mat}) finds its place in the original
 * text ({@code Tuyệt mật}) and the passage keeps the diacritics.
 */
final class Snippets {

    static final int LENGTH = 200;
    private static final int BEFORE = 60;

    private final Analyzer analyzer;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    String snippet(String excerpt, QueryTranslator.Translated query) {
        if (excerpt == null || excerpt.isEmpty()) {
            return "";
        }
        int at = firstMatch(excerpt, query);
        int start = at <= BEFORE ? 0 : wordStart(excerpt, at - BEFORE, at);
        int end = Math.min(excerpt.length(), start + LENGTH);
        if (end < excerpt.length()) {
            int space = excerpt.lastIndexOf(' ', end);
            end = space > start + LENGTH / 2 ? space : end;
        }
        String passage = excerpt.substring(start, end).strip();
        return (start > 0 ? "…" : "") + passage + (end < excerpt.length() ? "…" : "");
    }

    private int firstMatch(String excerpt, QueryTranslator.Translated query) {
        try (TokenStream stream = analyzer.tokenStream(Fields.BODY, excerpt)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int found = 0;
            while (stream.incrementToken()) {
                if (query.matches(term.toString())) {
                    found = offset.startOffset();
                    break;
                }
            }
            stream.end();
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The start of the first whole word after {@code from}, but never past the match itself. */
    private static int wordStart(String text, int from, int match) {
        int space = text.indexOf(' ', from);
        return space < 0 || space >= match ? from : space + 1;
    }
}
