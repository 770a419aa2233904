package org.partyoffice.archives.api;

import java.time.Instant;
import java.time.LocalDate;

import org.partyoffice.platform.api.Clearance;

/**
 * A dossier (hồ sơ).
 *
 * @param retention      retention category code
 * @param classification the highest classification of the dossier; readers below it never see it
 * @param closedAt       when it was closed, {@code null} while open
 * @param legalHold      a hold blocks disposition while it stands
 * @param itemCount      items in it
 * @param fileCount      stored files of its items (0 for a paper dossier not yet digitised)
 */
public record Dossier(long id, long fondsId, Long seriesId, String code, String title, LocalDate startDate,
                      LocalDate endDate, long unitId, String retention, Clearance classification,
                      DossierStatus status, Instant closedAt, boolean legalHold, String holdReason,
                      int itemCount, int fileCount) {
}
