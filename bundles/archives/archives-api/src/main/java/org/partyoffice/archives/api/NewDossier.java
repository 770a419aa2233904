package org.partyoffice.archives.api;

import java.time.LocalDate;

import org.partyoffice.platform.api.Clearance;

/** What is needed to open a dossier; {@code seriesId} and the dates may be {@code null}. */
public record NewDossier(long fondsId, Long seriesId, String code, String title, LocalDate startDate,
                         LocalDate endDate, String retention, Clearance classification) {
}
