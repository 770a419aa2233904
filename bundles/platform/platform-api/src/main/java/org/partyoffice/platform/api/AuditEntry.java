package org.partyoffice.platform.api;

import java.time.Instant;

/**
 * One entry of the audit trail. {@code hash} is SHA-256 over the entry's fields and
 * {@code previousHash}, so changing or removing any entry breaks the chain after it.
 */
public record AuditEntry(long seq, Instant at, String actor, String module, String action,
                         String objectId, String detail, String previousHash, String hash) {
}
