package org.partyoffice.platform.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** {@code text/*} as UTF-8 (broken sequences become U+FFFD), reading no more than needed. */
final class PlainText {

    private PlainText() {
    }

    static String extract(InputStream content, int maxChars) throws IOException {
        // A char of text is at most 3 bytes of UTF-8 (4 bytes make 2 chars).
        byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, 3L * maxChars + 3));
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
        String text = chars.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return Texts.truncate(text, maxChars);
    }
}
