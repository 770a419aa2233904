package org.partyoffice.signatures.impl.internal;

import java.security.cert.X509Certificate;
import java.time.Instant;

import org.partyoffice.signatures.api.CertificateInfo;
import org.partyoffice.signatures.api.CertificateProfile;
import org.partyoffice.signatures.api.CertificateStatus;
import org.partyoffice.signatures.api.RevocationReason;

/**
 * A row of the certificate register.
 *
 * @param tokenHash    ContentStore hash of the password-protected PKCS#12 holding the key, when
 *                     the platform holds it; a renewal points to its predecessor's token, as the
 *                     key is the same
 * @param renewsSerial the certificate this one renewed, or {@code null}
 */
record StoredCertificate(String serial, String subject, String holderLogin, Long unitId, CertificateProfile profile,
                         Instant notBefore, Instant notAfter, Instant revokedAt, RevocationReason revocationReason,
                         boolean keyOnServer, String deviceSerial, String fingerprint, String tokenHash,
                         String renewsSerial, Instant issuedAt, String issuedBy, byte[] der) {

    CertificateStatus status(Instant now) {
        if (revokedAt != null) {
            return CertificateStatus.REVOKED;
        }
        return now.isBefore(notAfter) ? CertificateStatus.VALID : CertificateStatus.EXPIRED;
    }

    CertificateInfo info(Instant now) {
        return new CertificateInfo(serial, subject, holderLogin, unitId, profile, notBefore, notAfter, status(now),
                revokedAt, revocationReason, keyOnServer, deviceSerial, fingerprint);
    }

    X509Certificate certificate() {
        return Crypto.certificate(der);
    }

    StoredCertificate revoked(Instant at, RevocationReason reason) {
        return new StoredCertificate(serial, subject, holderLogin, unitId, profile, notBefore, notAfter, at, reason,
                keyOnServer, deviceSerial, fingerprint, tokenHash, renewsSerial, issuedAt, issuedBy, der);
    }
}
