package org.partyoffice.signatures.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The issuing CA: issues, renews and revokes certificates, publishes CRLs, and keeps the register.
 * Issuance and revocation need the {@code admin} or {@code it-admin} role and are audited.
 */
@ProviderType
public interface CertificateAuthority {

    CaInfo info();

    /** The issuing and root CA certificates, PEM, issuing first. */
    String chainPem();

    /** Issues a certificate for the key in a PEM PKCS#10 request; the key never leaves its holder. */
    CertificateInfo enrol(String csrPem, IssueRequest request);

    /** Generates a key on the server and issues its certificate as a PKCS#12 soft token. */
    SoftToken issueSoftToken(IssueRequest request, char[] password);

    /** Issues a new certificate for the same holder and key as {@code serial} (a renewal). */
    CertificateInfo renew(String serial);

    /** Revokes; a new CRL is published at once. */
    CertificateInfo revoke(String serial, RevocationReason reason);

    Optional<CertificateInfo> find(String serial);

    /** The certificate itself, PEM. */
    String certificatePem(String serial);

    List<CertificateInfo> search(CertificateQuery query);

    /** Valid certificates whose validity ends within {@code days}. */
    List<CertificateInfo> expiringWithin(int days);

    /** The current CRL, DER. */
    byte[] crl();

    /** Adds a root (e.g. the national specialised CA) that verification trusts; returns its subject. */
    String importTrustedRoot(String pem);

    /** Subjects of the trusted roots, the platform's own first. */
    List<String> trustedRoots();
}
