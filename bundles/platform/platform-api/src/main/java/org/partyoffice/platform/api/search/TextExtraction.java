package org.partyoffice.platform.api.search;

import java.io.InputStream;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The plain text of an attachment, for indexing: PDF (text layer), DOCX, and {@code text/*} in
 * UTF-8. Content it cannot read yields an empty string, never an exception, because an
 * unreadable attachment must not stop a document from being saved or indexed.
 */
@ProviderType
public interface TextExtraction {

    /** Text of {@code content} of media type {@code mediaType}, at most {@code maxChars} characters. */
    String extract(InputStream content, String mediaType, int maxChars);

    /** True when {@code mediaType} is one this service reads. */
    boolean supports(String mediaType);
}
