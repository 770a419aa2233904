package org.partyoffice.platform.api;

import java.time.Instant;
import java.util.List;

/**
 * A closed record a module offers to the archive (a promulgated document, a closed meeting file).
 *
 * @param source         the offering module, e.g. {@code documents}
 * @param sourceId       the record's id within that module
 * @param title          title, e.g. {@code Nghị quyết 57-NQ/TU về ...}
 * @param unitId         owning unit
 * @param classification its classification
 * @param closedAt       when it was closed or promulgated
 * @param fileHashes     SHA-256 names of its files in the {@link ContentStore}
 */
public record ArchivalRecord(String source, String sourceId, String title, long unitId,
                             Clearance classification, Instant closedAt, List<String> fileHashes) {
}
