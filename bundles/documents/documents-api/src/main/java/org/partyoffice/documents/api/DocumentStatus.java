package org.partyoffice.documents.api;

/** Where a document is in its life. */
public enum DocumentStatus {
    /** Being written; versions may be added. */
    DRAFT,
    /** Sent to reviewers; versions may still be added. */
    IN_REVIEW,
    /** Submitted to its signer. */
    SUBMITTED,
    /** Signed (digitally or on paper), awaiting its number. */
    SIGNED,
    /** Numbered, dated and issued; no longer changes. */
    PROMULGATED,
    /** Withdrawn; keeps its number if it had one (numbers are never reused). */
    CANCELLED
}
