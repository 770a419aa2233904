package org.partyoffice.signatures.api;

/**
 * Whom to certify. For {@link CertificateProfile#PERSONAL_SIGNING} {@code holderLogin} names an
 * account and the subject is built from the person's name and unit; for
 * {@link CertificateProfile#ORGANISATION_SEAL} {@code unitId} names the unit.
 *
 * @param validityDays days of validity; 0 means the configured default
 * @param deviceSerial the secure storage device the key lives on, or {@code null}
 */
public record IssueRequest(CertificateProfile profile, String holderLogin, Long unitId, int validityDays,
                           String deviceSerial) {
}
