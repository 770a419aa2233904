package org.partyoffice.documents.api;

/** A reviewer's answer. */
public enum ReviewDecision {
    PENDING,
    APPROVED,
    CHANGES_REQUESTED
}
