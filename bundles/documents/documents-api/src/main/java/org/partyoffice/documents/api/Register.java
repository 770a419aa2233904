package org.partyoffice.documents.api;

/**
 * The outgoing register of an issuing unit: the abbreviation its symbols end with, how numbers
 * restart, and the current term.
 *
 * @param unitId  the issuing unit
 * @param issuer  abbreviation of the issuing body in symbols, e.g. {@code TU}, {@code ĐU}, {@code VPTU}
 * @param policy  numbering per term or per year
 * @param term    the current term, e.g. {@code 2025-2030} (used when the policy is TERM)
 */
public record Register(long unitId, String issuer, NumberingPolicy policy, String term) {
}
