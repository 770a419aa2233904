package org.partyoffice.documents.api;

/** {@code fromId} replaces, amends or implements {@code toId}. */
public record Relation(long fromId, RelationKind kind, long toId) {
}
