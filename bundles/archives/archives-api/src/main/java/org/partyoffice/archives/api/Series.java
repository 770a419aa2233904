package org.partyoffice.archives.api;

/** A series of a fonds, grouping dossiers of one retention category. */
public record Series(long id, long fondsId, String code, String title, String retention) {
}
