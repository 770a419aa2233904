package org.partyoffice.signatures.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Signing with the current user's own credential and verifying anyone's signatures. A signature
 * needs the {@code signer} role and the password or PIN of the user's key; each is audited.
 *
 * <p>PDF signatures are PAdES-B (baseline B-B): a detached CMS signature (SubFilter
 * {@code ETSI.CAdES.detached}) over the file's byte range, added as an incremental update so the
 * signatures already in the file stay valid.
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

    /**
     * Signs a PDF (PAdES-B) with the current user's personal signing key and returns the signed
     * file: the original bytes followed by an incremental update with the signature. A file that
     * is not a PDF is an {@code InvalidInputException} on field {@code pdf}.
     *
     * @since 1.1
     */
    byte[] signPdf(byte[] pdf, char[] password, PdfSignatureOptions options);

    /**
     * Applies the organisation seal of unit {@code unitId} (a PAdES-B signature with the unit's
     * seal certificate, whose key the platform holds). Needs the {@code signer} role and an
     * account in that unit, plus the password of the seal's key; audited like a personal signature.
     *
     * @since 1.1
     */
    byte[] signPdfAsSeal(byte[] pdf, long unitId, char[] password, PdfSignatureOptions options);

    /**
     * Verifies every signature in a PDF, oldest first. A signature over an earlier revision stays
     * valid when later revisions (e.g. a second signature) were appended; bytes appended after the
     * last signature that no signature covers make the last signature's integrity fail.
     *
     * @since 1.1
     */
    VerificationReport verifyPdf(byte[] pdf);
}
