package org.partyoffice.platform.api;

import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/** Whiteboard: a module offering closed records for intake by the archive. */
@ConsumerType
public interface RecordSource {

    /** The offering module's id. */
    String module();

    /** Records closed at or after {@code since}, oldest first, at most {@code limit}. */
    List<ArchivalRecord> closedSince(Instant since, int limit);
}
