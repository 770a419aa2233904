package org.partyoffice.platform.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The append-only, hash-chained audit trail shared by every module. */
@ProviderType
public interface AuditTrail {

    /**
     * Appends an entry for the current user. Joins the caller's transaction when there is one,
     * so a rolled-back change leaves no audit entry. Returns once the entry is durable (or, inside
     * a transaction, once that transaction commits).
     */
    AuditEntry append(String module, String action, String objectId, String detail);

    List<AuditEntry> query(AuditQuery query);

    /** Walks the whole chain and reports the first changed, inserted or removed entry. */
    AuditVerification verify();
}
