package org.partyoffice.documents.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The incoming register: arrival numbers per year and receiving unit, assignment to a handling
 * unit or person with a deadline. Registering and assigning need the {@code office-staff} role.
 */
@ProviderType
public interface IncomingService {

    IncomingDocument register(NewIncoming incoming);

    Optional<IncomingDocument> find(long id);

    /** A unit's incoming register for a year, newest first, only what the reader may see. */
    List<IncomingDocument> list(long unitId, int year, int limit);

    /**
     * A page of a unit's incoming register for a year, newest first, and how many entries the
     * reader may see in it in all (counted with the same clearance and scope).
     *
     * @param offset entries to skip, not negative
     * @param limit  entries to return, 1..1000
     * @since 1.1
     */
    IncomingPage page(long unitId, int year, int offset, int limit);

    /** Assigns handling to a unit and/or a person, with a deadline. */
    IncomingDocument assign(long id, Long handlerUnitId, String handlerLogin, LocalDate deadline);

    IncomingDocument complete(long id);
}
