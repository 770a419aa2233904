package org.partyoffice.archives.api;

/** Where a dossier is in its life. */
public enum DossierStatus {
    /** Still receiving items. */
    OPEN,
    /** Closed: its retention period runs from {@code closedAt}. */
    CLOSED,
    /** Handed to the historical archive; its record stays here. */
    TRANSFERRED,
    /** Destroyed after approval; files removed, the destruction record stays. */
    DESTROYED
}
