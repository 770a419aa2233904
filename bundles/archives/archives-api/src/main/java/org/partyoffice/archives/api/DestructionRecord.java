package org.partyoffice.archives.api;

import java.time.Instant;

/** What was destroyed, on whose decision: kept for ever. */
public record DestructionRecord(long id, long dossierId, String dossierCode, String title, String retention,
                                String decision, String approvedBy, Instant destroyedAt, int files, long bytes) {
}
