package org.partyoffice.documents.api;

import java.time.Instant;
import java.time.LocalDate;

import org.partyoffice.platform.api.Clearance;

/**
 * An entry of a unit's incoming register.
 *
 * @param arrivalNumber  number of arrival, from 1 each year per receiving unit
 * @param sourceDocumentId the outgoing document on this platform it came from, or {@code null}
 */
public record IncomingDocument(long id, long unitId, int year, long arrivalNumber, String sender,
                               String originalSymbol, LocalDate originalDate, LocalDate receivedOn, String title,
                               Clearance classification, Urgency urgency, Long sourceDocumentId,
                               Long handlerUnitId, String handlerLogin, LocalDate deadline, IncomingStatus status,
                               Instant createdAt) {
}
