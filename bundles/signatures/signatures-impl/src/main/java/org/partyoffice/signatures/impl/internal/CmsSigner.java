package org.partyoffice.signatures.impl.internal;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Detached CMS SignedData at CAdES-B level: SHA-256, and signed attributes content-type,
 * message-digest, signing-time and signing-certificate-v2 (ESSCertIDv2 with issuer and serial), so
 * the signature names exactly which certificate made it. The signer's and the issuing CA's
 * certificates travel inside; the root does not, as a verifier must already trust it.
 */
final class CmsSigner {

    private CmsSigner() {
    }

    /**
     * Signs at {@code signingTime}, truncated to the second as signing-time encodes it (so the
     * audit trail and the signature state the same time).
     */
    static byte[] sign(byte[] content, PrivateKey key, X509Certificate signer, List<X509Certificate> chain,
                       Instant signingTime) {
        return sign(content, key, signer, chain, signingTime, true);
    }

    /**
     * As {@link #sign(byte[], PrivateKey, X509Certificate, List, Instant)}; without the
     * signing-time attribute when {@code signingTimeAttribute} is false, as PAdES baseline
     * signatures require (their time is the signed {@code /M} entry of the PDF signature dictionary).
     */
    static byte[] sign(byte[] content, PrivateKey key, X509Certificate signer, List<X509Certificate> chain,
                       Instant signingTime, boolean signingTimeAttribute) {
        return sign(content, key, Crypto.PROVIDER, signer, chain, signingTime, signingTimeAttribute);
    }

    /**
     * As above, the signature value computed by {@code keyProvider} (the token's provider for a key
     * on a PKCS#11 device); the digests stay with BouncyCastle.
     */
    static byte[] sign(byte[] content, PrivateKey key, Provider keyProvider, X509Certificate signer,
                       List<X509Certificate> chain, Instant signingTime, boolean signingTimeAttribute) {
        try {
            X509CertificateHolder holder = new X509CertificateHolder(signer.getEncoded());
            ESSCertIDv2 certId = new ESSCertIDv2(Crypto.sha256(signer.getEncoded()),
                    new IssuerSerial(new GeneralNames(new GeneralName(holder.getIssuer())), signer.getSerialNumber()));
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            if (signingTimeAttribute) {
                attributes.add(new Attribute(CMSAttributes.signingTime,
                        new DERSet(new Time(Date.from(signingTime.truncatedTo(ChronoUnit.SECONDS))))));
            }
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(certId))));
            CMSAttributeTableGenerator signedAttributes = new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes));
            if (!signingTimeAttribute) {
                // The default generator adds a signing-time of its own when there is none.
                CMSAttributeTableGenerator defaults = signedAttributes;
                signedAttributes = parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
            }
            SignerInfoGenerator signerInfo = new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(Crypto.PROVIDER).build())
                    .setSignedAttributeGenerator(signedAttributes)
                    .build(CertificateIssuer.signer(key, keyProvider), holder);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo);
            List<X509Certificate> certificates = new ArrayList<>();
            certificates.add(signer);
            certificates.addAll(chain);
            generator.addCertificates(new JcaCertStore(certificates));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded(ASN1Encoding.DER);
        } catch (IOException | CMSException | OperatorCreationException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot make the CMS signature", e);
        }
    }
}
