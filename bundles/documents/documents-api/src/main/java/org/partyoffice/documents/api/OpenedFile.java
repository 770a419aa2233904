package org.partyoffice.documents.api;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * A document's file opened for reading: the name it was uploaded with, its media type and size,
 * and its bytes. The caller closes it.
 *
 * @since 1.1
 */
public record OpenedFile(String fileName, String mediaType, long size, InputStream content) implements Closeable {

    @Override
    public void close() throws IOException {
        content.close();
    }
}
