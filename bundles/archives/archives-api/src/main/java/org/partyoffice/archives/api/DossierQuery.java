package org.partyoffice.archives.api;

/**
 * A filter over dossiers; {@code null} fields do not filter.
 *
 * @param text a part of the code or title (case-insensitive)
 */
public record DossierQuery(Long fondsId, Long seriesId, DossierStatus status, String text, int offset, int limit) {

    public static DossierQuery all() {
        return new DossierQuery(null, null, null, null, 0, 50);
    }
}
