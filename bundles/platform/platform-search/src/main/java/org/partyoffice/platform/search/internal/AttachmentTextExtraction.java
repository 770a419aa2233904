package org.partyoffice.platform.search.internal;

import java.io.InputStream;

import org.osgi.service.component.annotations.Component;
import org.partyoffice.platform.api.search.TextExtraction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link TextExtraction} for PDF (PDFBox), DOCX (the JDK's XML parser) and {@code text/*}. Anything
 * unreadable yields "" and a debug line: an attachment must never stop a document being saved.
 */
@Component(service = TextExtraction.class)
public final class AttachmentTextExtraction implements TextExtraction {

    private static final Logger LOG = LoggerFactory.getLogger(AttachmentTextExtraction.class);

    @Override
    public String extract(InputStream content, String mediaType, int maxChars) {
        String type = MediaTypes.essence(mediaType);
        if (content == null || maxChars <= 0 || !supports(type)) {
            return "";
        }
        try {
            if (MediaTypes.PDF.equals(type)) {
                return PdfText.extract(content, maxChars);
            }
            if (MediaTypes.DOCX.equals(type)) {
                return DocxText.extract(content, maxChars);
            }
            return PlainText.extract(content, maxChars);
            // Errors, too (a PDF can exhaust the stack or hit a PDFBox bug): whatever goes wrong
            // inside a parser of untrusted content is "no text", never a failed save.
        } catch (Exception | StackOverflowError | NoClassDefFoundError e) {
            LOG.debug("No text from a {} attachment: {}", type, e.toString());
            return "";
        }
    }

    @Override
    public boolean supports(String mediaType) {
        String type = MediaTypes.essence(mediaType);
        return MediaTypes.PDF.equals(type) || MediaTypes.DOCX.equals(type) || MediaTypes.isText(type);
    }
}
