package org.partyoffice.documents.api;

/**
 * A filter over the outgoing register; {@code null} fields do not filter. Results are newest
 * first and only what the reader may see.
 *
 * @param unitId  the issuing unit
 * @param type    type code
 * @param status  status
 * @param period  the term or year of the number, e.g. {@code 2025-2030}
 * @param year    the year of promulgation
 * @param offset  rows to skip
 * @param limit   rows to return, 1..1000
 */
public record DocumentQuery(Long unitId, String type, DocumentStatus status, String period, Integer year,
                            int offset, int limit) {

    public static DocumentQuery all(int limit) {
        return new DocumentQuery(null, null, null, null, null, 0, limit);
    }
}
