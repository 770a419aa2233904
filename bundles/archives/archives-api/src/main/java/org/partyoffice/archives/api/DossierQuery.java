package org.partyoffice.archives.api;

/**
 * A filter over dossiers; {@code null} fields do not filter.
 *
 * @param text      a part of the code or title (case-insensitive)
 * @param legalHold {@code true}: only dossiers on legal hold, {@code false}: only those not on hold (since 1.1)
 */
public record DossierQuery(Long fondsId, Long seriesId, DossierStatus status, String text, Boolean legalHold, int offset,
                           int limit) {

    /** A filter without the legal-hold condition (the 1.0 form). */
    public DossierQuery(Long fondsId, Long seriesId, DossierStatus status, String text, int offset, int limit) {
        this(fondsId, seriesId, status, text, null, offset, limit);
    }

    public static DossierQuery all() {
        return new DossierQuery(null, null, null, null, 0, 50);
    }
}
