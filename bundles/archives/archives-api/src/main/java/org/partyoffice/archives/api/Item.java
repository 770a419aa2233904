package org.partyoffice.archives.api;

import java.time.LocalDate;
import java.util.List;

import org.partyoffice.platform.api.Clearance;

/**
 * A record in a dossier: a document, a meeting file, a scanned page set.
 *
 * @param source   the module it came from ({@code documents}, {@code meetings}, {@code digitisation}, {@code manual})
 * @param sourceId its id there, {@code null} for manual entries
 */
public record Item(long id, long dossierId, String title, LocalDate date, String source, String sourceId,
                   Clearance classification, List<StoredFile> files) {
}
