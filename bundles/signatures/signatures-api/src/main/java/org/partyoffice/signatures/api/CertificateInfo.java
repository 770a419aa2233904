package org.partyoffice.signatures.api;

import java.time.Instant;

/**
 * An issued certificate as the register keeps it.
 *
 * @param serial            serial number in lower-case hex (random, 16 bytes)
 * @param subject           the subject DN, e.g. {@code CN=Nguyễn Văn An,O=Tỉnh ủy Lào Cai,C=VN}
 * @param holderLogin       the account that holds it (personal), or {@code null} for a seal
 * @param unitId            the unit (the seal's owner, or the holder's unit)
 * @param profile           what it is for
 * @param notBefore         start of validity
 * @param notAfter          end of validity
 * @param status            valid, revoked or expired today
 * @param revokedAt         when it was revoked, or {@code null}
 * @param revocationReason  why, or {@code null}
 * @param keyOnServer       true when the platform holds the key (a soft token, password-protected)
 * @param deviceSerial      the secure storage device holding the key, or {@code null}
 * @param sha256Fingerprint SHA-256 of the DER certificate, hex
 */
public record CertificateInfo(String serial, String subject, String holderLogin, Long unitId,
                              CertificateProfile profile, Instant notBefore, Instant notAfter,
                              CertificateStatus status, Instant revokedAt, RevocationReason revocationReason,
                              boolean keyOnServer, String deviceSerial, String sha256Fingerprint) {
}
