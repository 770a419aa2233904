package org.partyoffice.signatures.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Signing with the current user's own credential and verifying anyone's signatures. A signature
 * needs the {@code signer} role and the password or PIN of the user's key; each is audited.
 */
@ProviderType
public interface SignatureService {

    /**
     * A detached CMS signature (CAdES-B: signing-certificate-v2 and signing-time attributes) over
     * {@code content}, DER-encoded, made with the current user's personal signing key.
     */
    byte[] signCms(byte[] content, char[] password);

    /** Verifies a detached CMS signature over {@code content}. */
    VerificationReport verifyCms(byte[] content, byte[] signature);
}
