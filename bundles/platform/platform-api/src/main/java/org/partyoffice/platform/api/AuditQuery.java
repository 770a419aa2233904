package org.partyoffice.platform.api;

import java.time.Instant;

/** Filters for reading the audit trail; {@code null} means "any". Newest entries first. */
public record AuditQuery(String actor, String module, String action, String objectId,
                         Instant from, Instant to, int limit) {

    public static AuditQuery latest(int limit) {
        return new AuditQuery(null, null, null, null, null, null, limit);
    }
}
