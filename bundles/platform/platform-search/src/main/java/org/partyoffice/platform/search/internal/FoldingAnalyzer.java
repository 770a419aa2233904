package org.partyoffice.platform.search.internal;

import java.text.Normalizer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words, lower-cased and folded to ASCII, so that Vietnamese is found with or without its
 * diacritics ({@code Nghị quyết} and {@code nghi quyet} give the same terms; {@code đ} becomes
 * {@code d}). No stop words: short Vietnamese syllables carry meaning.
 */
final class FoldingAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
        return new TokenStreamComponents(tokenizer, stream);
    }

    /**
     * Text in composed form (NFC). Decomposed input (a base letter followed by combining marks, as
     * some Mac and PDF tools write it) would otherwise keep the marks, which the folding filter
     * does not remove, and not match.
     */
    static String normalize(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
