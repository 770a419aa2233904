package org.partyoffice.archives.api;

/** How much of a fonds is digitised: dossiers with at least one stored file, of all its dossiers. */
public record DigitisationProgress(long fondsId, long dossiers, long digitised) {

    /** Whole percent, 0 for an empty fonds. */
    public int percent() {
        return dossiers == 0 ? 0 : (int) (digitised * 100 / dossiers);
    }
}
