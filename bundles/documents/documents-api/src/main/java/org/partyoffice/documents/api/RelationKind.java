package org.partyoffice.documents.api;

/** How one document relates to another. */
public enum RelationKind {
    REPLACES,
    AMENDS,
    IMPLEMENTS
}
