package org.partyoffice.signatures.impl.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Builds the certificates: the self-signed root, the issuing CA under it, and the end-entity
 * certificates the issuing CA signs. Profiles follow RFC 5280; the end-entity profile is what
 * {@code openssl cms -verify}, NSS ({@code pdfsig}) and Acrobat expect of a signing certificate.
 */
final class CertificateIssuer {

    /** Validity starts a little in the past so a node whose clock runs behind accepts it at once. */
    static final Duration BACKDATE = Duration.ofMinutes(5);

    /** id-kp-documentSigning (RFC 9336); emailProtection is kept beside it for S/MIME and NSS. */
    private static final KeyPurposeId DOCUMENT_SIGNING =
            KeyPurposeId.getInstance(new ASN1ObjectIdentifier("1.3.6.1.5.5.7.3.36"));

    private final CaKeyStore ca;
    private final String crlUrl;

    CertificateIssuer(CaKeyStore ca, String crlUrl) {
        this.ca = ca;
        this.crlUrl = crlUrl;
    }

    /** A self-signed root CA certificate. */
    static X509Certificate root(X500Name subject, PublicKey publicKey, PrivateKey privateKey, Instant notBefore,
                                Instant notAfter) {
        return root(subject, publicKey, signer(privateKey), notBefore, notAfter);
    }

    /** As above, signed by {@code selfSigner}: a signer over the root's own key, wherever that key lives. */
    static X509Certificate root(X500Name subject, PublicKey publicKey, ContentSigner selfSigner, Instant notBefore,
                                Instant notAfter) {
        SubjectPublicKeyInfo key = SubjectPublicKeyInfo.getInstance(publicKey.getEncoded());
        try {
            X509v3CertificateBuilder b = new X509v3CertificateBuilder(subject, Serials.next(), Date.from(notBefore),
                    Date.from(notAfter), subject, key);
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            b.addExtension(Extension.subjectKeyIdentifier, false, utils().createSubjectKeyIdentifier(key));
            return Crypto.certificate(b.build(selfSigner).getEncoded());
        } catch (IOException e) {
            throw new IllegalStateException("cannot build the root CA certificate", e);
        }
    }

    /** The issuing CA certificate, signed by the root; it may sign only end-entity certificates. */
    static X509Certificate intermediate(X500Name subject, PublicKey publicKey, X509Certificate root, PrivateKey rootKey,
                                        Instant notBefore, Instant notAfter) {
        return intermediate(subject, publicKey, root, signer(rootKey), notBefore, notAfter);
    }

    /** As above, signed by {@code rootSigner}, a signer over the root's key. */
    static X509Certificate intermediate(X500Name subject, PublicKey publicKey, X509Certificate root,
                                        ContentSigner rootSigner, Instant notBefore, Instant notAfter) {
        SubjectPublicKeyInfo key = SubjectPublicKeyInfo.getInstance(publicKey.getEncoded());
        try {
            X509v3CertificateBuilder b = new X509v3CertificateBuilder(DistinguishedNames.of(root.getSubjectX500Principal()),
                    Serials.next(), Date.from(notBefore), Date.from(notAfter), subject, key);
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            b.addExtension(Extension.subjectKeyIdentifier, false, utils().createSubjectKeyIdentifier(key));
            b.addExtension(Extension.authorityKeyIdentifier, false, authorityKeyIdentifier(root));
            return Crypto.certificate(b.build(rootSigner).getEncoded());
        } catch (IOException e) {
            throw new IllegalStateException("cannot build the issuing CA certificate", e);
        }
    }

    /**
     * A signing certificate (personal or seal: both sign documents, so both carry
     * digitalSignature and nonRepudiation, the latter being what "content commitment" means for
     * signed documents).
     */
    X509Certificate endEntity(BigInteger serial, X500Name subject, SubjectPublicKeyInfo key, Instant notBefore,
                              Instant notAfter) {
        X509Certificate issuer = ca.issuing();
        try {
            X509v3CertificateBuilder b = new X509v3CertificateBuilder(DistinguishedNames.of(issuer.getSubjectX500Principal()),
                    serial, Date.from(notBefore), Date.from(notAfter), subject, key);
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            b.addExtension(Extension.extendedKeyUsage, false,
                    new ExtendedKeyUsage(new KeyPurposeId[] {KeyPurposeId.id_kp_emailProtection, DOCUMENT_SIGNING}));
            b.addExtension(Extension.subjectKeyIdentifier, false, utils().createSubjectKeyIdentifier(key));
            b.addExtension(Extension.authorityKeyIdentifier, false, authorityKeyIdentifier(issuer));
            GeneralNames where = new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, crlUrl));
            b.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(
                    new DistributionPoint[] {new DistributionPoint(new DistributionPointName(where), null, null)}));
            return Crypto.certificate(b.build(ca.issuingSigner()).getEncoded());
        } catch (IOException e) {
            throw new IllegalStateException("cannot build a certificate", e);
        }
    }

    /** The issuer's own subject key identifier, so chains link by key even across re-encoded names. */
    static AuthorityKeyIdentifier authorityKeyIdentifier(X509Certificate issuer) {
        byte[] extension = issuer.getExtensionValue(Extension.subjectKeyIdentifier.getId());
        if (extension != null) {
            byte[] ski = ASN1OctetString.getInstance(ASN1OctetString.getInstance(extension).getOctets()).getOctets();
            return new AuthorityKeyIdentifier(ski);
        }
        return utils().createAuthorityKeyIdentifier(SubjectPublicKeyInfo.getInstance(issuer.getPublicKey().getEncoded()));
    }

    static ContentSigner signer(PrivateKey key) {
        return signer(key, Crypto.PROVIDER);
    }

    /**
     * A signer through {@code provider}: a key on a PKCS#11 token cannot leave it, so only the
     * token's own provider (SunPKCS11) can sign with it.
     */
    static ContentSigner signer(PrivateKey key, Provider provider) {
        try {
            return new JcaContentSignerBuilder(KeyAlgorithm.signatureAlgorithm(key)).setProvider(provider).build(key);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("cannot sign with a " + key.getAlgorithm() + " key", e);
        }
    }

    private static JcaX509ExtensionUtils utils() {
        try {
            return new JcaX509ExtensionUtils();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-1 for key identifiers", e);
        }
    }
}
