package org.partyoffice.documents.api;

import java.time.Instant;

/**
 * One version of a document's file. The bytes are in the platform's content store under
 * {@code sha256}.
 *
 * @param number    1, 2, ...
 * @param kind      DRAFT, SIGNED (the signed PDF) or SCAN (a paper signature's scan)
 */
public record DocumentVersion(long documentId, int number, String kind, String fileName, String mediaType, long size,
                              String sha256, String note, String createdBy, Instant createdAt) {
}
