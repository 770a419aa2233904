package org.partyoffice.archives.api;

import java.io.InputStream;

/** An opened stored file; the caller closes {@code content}. */
public record FileContent(StoredFile file, InputStream content) {
}
