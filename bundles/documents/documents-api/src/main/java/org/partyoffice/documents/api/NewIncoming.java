package org.partyoffice.documents.api;

import java.time.LocalDate;

import org.partyoffice.platform.api.Clearance;

/** A document received from outside the platform, as the clerk registers it. */
public record NewIncoming(long unitId, String sender, String originalSymbol, LocalDate originalDate,
                          LocalDate receivedOn, String title, Clearance classification, Urgency urgency) {
}
