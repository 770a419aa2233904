package org.partyoffice.signatures.api;

/** Filters for searching the register; {@code null} means any. {@code text} matches subject or serial. */
public record CertificateQuery(String text, String holderLogin, Long unitId, CertificateStatus status,
                               CertificateProfile profile, int limit) {
}
