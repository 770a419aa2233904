package org.partyoffice.signatures.api;

/** A certificate's state today. */
public enum CertificateStatus {
    VALID, REVOKED, EXPIRED
}
