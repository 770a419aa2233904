package org.partyoffice.documents.api;

/**
 * How a register's numbers restart: per committee term, as Party guidance (HD 36-HD/VPTW) requires,
 * or per calendar year, as Decree 30/2020 requires of state bodies.
 */
public enum NumberingPolicy {
    TERM,
    YEAR
}
