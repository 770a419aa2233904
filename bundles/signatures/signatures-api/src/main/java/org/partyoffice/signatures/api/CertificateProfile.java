package org.partyoffice.signatures.api;

/** What a certificate is for. */
public enum CertificateProfile {
    /** A person's signing certificate (digital signature, non-repudiation). */
    PERSONAL_SIGNING,
    /** A unit's seal: the organisation's signature on what it issues. */
    ORGANISATION_SEAL
}
