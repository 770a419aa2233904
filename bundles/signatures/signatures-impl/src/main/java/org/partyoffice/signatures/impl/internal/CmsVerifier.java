package org.partyoffice.signatures.impl.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.security.cert.CRLReason;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertID;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificate;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Store;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.signatures.api.SignerReport;
import org.partyoffice.signatures.api.VerificationReport;

/**
 * Verifies detached CMS signatures, each signer on four counts: integrity, chain to a trusted
 * root, validity at the signing time, and revocation. Every failed count puts a reason in
 * {@code problems}; lines beginning {@code note:} explain a pass that a reader should know about.
 *
 * <p><b>Revocation against the signing time.</b> A certificate revoked <em>after</em> the signing
 * time still vouches for what was signed before: a person who changes unit (affiliation changed,
 * superseded, cessation) does not undo their earlier signatures. But the signing-time attribute is
 * only the signer's own claim, so when the reason is a key (or CA) compromise, whoever had the key
 * could have backdated it; such a signature stays valid only if the platform's audit trail recorded
 * making it (same certificate, same content hash) before the revocation. A signature whose signing
 * time is at or after the revocation, or that has no signing time, is invalid. Times compare at the
 * second, as CRLs and signing-time encode them; a tie counts as revoked.
 *
 * <p>Revocation is known for certificates of this CA (its CRL). For certificates from imported
 * roots no CRL is fetched (the platform may run without internet access): that is a note, not a
 * failure.
 */
final class CmsVerifier {

    /** What verification looks up in the platform. */
    interface Lookups {
        /** The account holding the certificate with this serial, when this CA issued it to a person. */
        Optional<String> holderLogin(String serial);

        /** When the audit trail recorded the platform signing this content with this certificate, before {@code before}. */
        Optional<Instant> recordedSigning(String serial, String contentSha256, Instant before);
    }

    private final CaTrust ca;
    private final Lookups lookups;
    private final Clock clock;
    private final ChainValidator.Cache chains = new ChainValidator.Cache();

    CmsVerifier(CaTrust ca, Lookups lookups, Clock clock) {
        this.ca = ca;
        this.lookups = lookups;
        this.clock = clock;
    }

    VerificationReport verify(byte[] content, byte[] signature) {
        return verify(content, signature, null);
    }

    /**
     * As {@link #verify(byte[], byte[])}, with {@code claimedTime} standing in for a missing
     * signing-time attribute: a PAdES signature's time is the signed {@code /M} entry of its PDF
     * signature dictionary, not an attribute of the CMS.
     */
    VerificationReport verify(byte[] content, byte[] signature, Instant claimedTime) {
        CMSSignedData signed = parse(content, signature);
        Store<X509CertificateHolder> store = signed.getCertificates();
        List<X509Certificate> carried = new ArrayList<>();
        for (X509CertificateHolder holder : store.getMatches(null)) {
            try {
                carried.add(Crypto.certificate(holder.getEncoded()));
            } catch (IOException | IllegalArgumentException e) {
                // A certificate the JDK cannot parse cannot be part of a chain we accept; skip it.
            }
        }
        List<X509Certificate> intermediates = new ArrayList<>(carried);
        intermediates.add(ca.issuing());
        List<X509Certificate> roots = ca.trustAnchors();
        Supplier<String> contentHash = memoize(() -> Crypto.sha256Hex(content));
        List<SignerReport> reports = new ArrayList<>();
        for (SignerInformation signer : signed.getSignerInfos().getSigners()) {
            reports.add(check(signer, store, intermediates, roots, contentHash, claimedTime));
        }
        return new VerificationReport(List.copyOf(reports));
    }

    private static CMSSignedData parse(byte[] content, byte[] signature) {
        try {
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(content), signature);
            signed.getSignerInfos(); // forces the parse of the signer infos, where damage shows
            return signed;
        } catch (CMSException | RuntimeException e) {
            throw new InvalidInputException("signature", "is not a CMS signature (DER or BER encoded SignedData)");
        }
    }

    private SignerReport check(SignerInformation signer, Store<X509CertificateHolder> store,
                               List<X509Certificate> intermediates, List<X509Certificate> roots, Supplier<String> contentHash,
                               Instant claimedTime) {
        String sidSerial = signer.getSID().getSerialNumber() == null ? null : Crypto.hex(signer.getSID().getSerialNumber());
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = store.getMatches(signer.getSID());
        Instant signingTime = signingTime(signer);
        if (signingTime == null) {
            signingTime = claimedTime;
        }
        if (matches.isEmpty()) {
            return new SignerReport(null, sidSerial, signingTime, false, false, false, false, null,
                    List.of("the signer's certificate is not in the signature, so nothing can be checked"));
        }
        X509Certificate certificate;
        try {
            certificate = Crypto.certificate(matches.iterator().next().getEncoded());
        } catch (IOException | IllegalArgumentException e) {
            return new SignerReport(null, sidSerial, signingTime, false, false, false, false, null,
                    List.of("the signer's certificate cannot be parsed"));
        }
        String serial = Crypto.hex(certificate.getSerialNumber());
        String subject = DistinguishedNames.format(certificate.getSubjectX500Principal());
        List<String> problems = new ArrayList<>();
        Instant at = signingTime != null ? signingTime : clock.instant();
        String atWords = signingTime != null ? "the signing time " + signingTime : "the time of verification " + at;
        if (signingTime == null) {
            problems.add("note: the signature has no signing-time attribute, so the certificate was checked at "
                    + "the time of verification");
        }

        boolean integrity = integrity(signer, certificate, problems);

        Instant notBefore = certificate.getNotBefore().toInstant();
        Instant notAfter = certificate.getNotAfter().toInstant();
        boolean validAtSigningTime = !at.isBefore(notBefore) && !at.isAfter(notAfter);
        if (at.isBefore(notBefore)) {
            problems.add("the certificate was not yet valid at " + atWords + " (valid from " + notBefore + ")");
        } else if (at.isAfter(notAfter)) {
            problems.add("the certificate had expired at " + atWords + " (valid until " + notAfter + ")");
        }

        // The chain is judged inside the leaf's validity, so an expired leaf is reported once, above.
        Instant chainTime = at.isBefore(notBefore) ? notBefore : at.isAfter(notAfter) ? notAfter : at;
        ChainValidator.Result chain = ChainValidator.validate(certificate, intermediates, roots, chainTime, chains);
        if (!chain.trusted()) {
            problems.add(chain.problem());
        }

        boolean ours = ChainValidator.issuedBy(certificate, ca.issuing());
        boolean notRevoked = true;
        String holderLogin = null;
        if (ours) {
            holderLogin = lookups.holderLogin(serial).orElse(null);
            notRevoked = notRevoked(certificate, serial, signingTime, contentHash, problems);
        } else {
            problems.add("note: revocation was not checked: no CRL is available for certificates issued by '"
                    + DistinguishedNames.format(certificate.getIssuerX500Principal()) + "'");
        }
        return new SignerReport(subject, serial, signingTime, integrity, chain.trusted(), validAtSigningTime, notRevoked,
                holderLogin, List.copyOf(problems));
    }

    /** The signature value over the signed attributes, the content digest, and the certificate binding. */
    private static boolean integrity(SignerInformation signer, X509Certificate certificate, List<String> problems) {
        boolean verified;
        try {
            // Built from the public key, not the certificate: BouncyCastle would otherwise also fail
            // "integrity" for a certificate outside its validity, which is a separate count here.
            verified = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(Crypto.PROVIDER)
                    .build(certificate.getPublicKey()));
            if (!verified) {
                problems.add("the signature value does not verify with the signer's public key");
            }
        } catch (CMSSignerDigestMismatchException e) {
            problems.add("the content does not match the signature: it was changed after signing, or it is not the "
                    + "content that was signed");
            return false;
        } catch (OperatorCreationException e) {
            problems.add("the signature uses an algorithm this verifier does not support");
            return false;
        } catch (CMSException | RuntimeException e) {
            problems.add("the signature value does not verify with the signer's public key (" + e.getMessage() + ")");
            return false;
        }
        String binding = certificateBinding(signer, certificate);
        if (binding != null) {
            problems.add(binding);
            return false;
        }
        return verified;
    }

    /**
     * Checks the signed signing-certificate(-v2) attribute names the certificate that verified the
     * signature, so a certificate with the same key cannot be swapped in. {@code null} when it does,
     * or when the attribute is absent (plain CMS from other tools).
     */
    private static String certificateBinding(SignerInformation signer, X509Certificate certificate) {
        AttributeTable attributes = signer.getSignedAttributes();
        if (attributes == null) {
            return null;
        }
        try {
            byte[] der = certificate.getEncoded();
            Attribute v2 = attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
            if (v2 != null) {
                ESSCertIDv2 id = SigningCertificateV2.getInstance(v2.getAttrValues().getObjectAt(0)).getCerts()[0];
                if (!Arrays.equals(id.getCertHash(), digest(id.getHashAlgorithm(), der))
                        || id.getIssuerSerial() != null && !id.getIssuerSerial().getSerial().hasValue(certificate.getSerialNumber())) {
                    return "the signed signing-certificate-v2 attribute names another certificate than the one in the signature";
                }
                return null;
            }
            Attribute v1 = attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificate);
            if (v1 != null) {
                ESSCertID id = SigningCertificate.getInstance(v1.getAttrValues().getObjectAt(0)).getCerts()[0];
                if (!Arrays.equals(id.getCertHash(), digest(new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1), der))) {
                    return "the signed signing-certificate attribute names another certificate than the one in the signature";
                }
            }
            return null;
        } catch (Exception e) {
            return "the signed signing-certificate attribute cannot be read";
        }
    }

    private boolean notRevoked(X509Certificate certificate, String serial, Instant signingTime, Supplier<String> contentHash,
                               List<String> problems) {
        X509CRL crl = ca.currentCrl();
        X509CRLEntry entry = crl.getRevokedCertificate(certificate.getSerialNumber());
        if (entry == null) {
            return true;
        }
        Instant revokedAt = entry.getRevocationDate().toInstant();
        CRLReason reason = entry.getRevocationReason();
        String revoked = "the certificate was revoked on " + revokedAt + " (" + words(reason) + ")";
        if (signingTime == null) {
            problems.add(revoked + " and the signature has no signing time to show it was made before");
            return false;
        }
        if (!signingTime.isBefore(revokedAt)) {
            problems.add(revoked + ", before the signature was made on " + signingTime);
            return false;
        }
        if (reason == CRLReason.KEY_COMPROMISE || reason == CRLReason.CA_COMPROMISE || reason == CRLReason.AA_COMPROMISE) {
            Optional<Instant> recorded = lookups.recordedSigning(serial, contentHash.get(), revokedAt);
            if (recorded.isEmpty()) {
                problems.add(revoked + ". The signing time " + signingTime + " is only the signer's claim, and whoever "
                        + "had the compromised key could have written it; the platform has no record of making this "
                        + "signature before the revocation");
                return false;
            }
            problems.add("note: " + revoked + ", after this signature: the audit trail records the platform making it on "
                    + recorded.get() + ", so it stays valid");
            return true;
        }
        problems.add("note: " + revoked + ", after this signature was made on " + signingTime
                + ", so the signature stays valid");
        return true;
    }

    private static Instant signingTime(SignerInformation signer) {
        AttributeTable attributes = signer.getSignedAttributes();
        Attribute attribute = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() == 0) {
            return null;
        }
        try {
            ASN1Encodable value = attribute.getAttrValues().getObjectAt(0);
            return Time.getInstance(value).getDate().toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static byte[] digest(AlgorithmIdentifier algorithm, byte[] data) throws OperatorCreationException, IOException {
        DigestCalculator calculator = new JcaDigestCalculatorProviderBuilder().setProvider(Crypto.PROVIDER).build().get(algorithm);
        try (OutputStream out = calculator.getOutputStream()) {
            out.write(data);
        }
        return calculator.getDigest();
    }

    private static String words(CRLReason reason) {
        return reason == null ? "no reason given" : reason.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
