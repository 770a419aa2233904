package org.partyoffice.archives.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The reading room: a reader asks to consult a dossier; an archivist approves or refuses, and
 * records the return. Asking needs the reader to be cleared for the dossier.
 */
@ProviderType
public interface AccessRequestService {

    AccessRequest request(long dossierId, String purpose, LocalDate until);

    AccessRequest approve(long requestId, String note);

    AccessRequest refuse(long requestId, String note);

    AccessRequest returned(long requestId);

    /** Requests the reader may see; {@code open} only: not yet returned or refused. */
    List<AccessRequest> list(boolean open);

    /**
     * Approved loans not returned by the end of their {@code until} day, that the caller may see,
     * oldest due first.
     *
     * @since 1.1
     */
    List<AccessRequest> overdue();

    /**
     * Posts {@link ArchiveEvents#LOAN_OVERDUE} once for every loan that has become overdue since the
     * last reminder, and returns how many; archivists and admins. The module also does this on its
     * own schedule.
     *
     * @since 1.1
     */
    int remindOverdue();

    /** A reading-room request; {@code status} REQUESTED, APPROVED, REFUSED or RETURNED. */
    record AccessRequest(long id, long dossierId, String dossierCode, String requester, String purpose,
                         LocalDate until, String status, String decidedBy, String note,
                         Instant requestedAt, Instant decidedAt, Instant returnedAt) {
    }
}
