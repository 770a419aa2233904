package org.partyoffice.archives.api;

/** A file of an item in the archive's store, named by its SHA-256. */
public record StoredFile(String sha256, String name, String mediaType, long size) {
}
