package org.partyoffice.documents.api;

/** Handling of an incoming document. */
public enum IncomingStatus {
    RECEIVED,
    ASSIGNED,
    DONE
}
