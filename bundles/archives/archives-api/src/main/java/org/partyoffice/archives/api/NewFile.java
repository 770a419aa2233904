package org.partyoffice.archives.api;

import java.io.InputStream;

/** A file to store with an item: its name, media type and content (read once, not closed). */
public record NewFile(String name, String mediaType, InputStream content) {
}
