package org.partyoffice.documents.api;

/** Which tasks to show: of a document, of a unit (with {@code includeSubunits} rolling up its subtree), or only overdue ones. */
public record TaskView(Long documentId, Long unitId, boolean includeSubunits, boolean overdueOnly, int limit) {
}
