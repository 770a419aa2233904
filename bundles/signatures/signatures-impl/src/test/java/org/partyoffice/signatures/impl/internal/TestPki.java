package org.partyoffice.signatures.impl.internal;

import java.io.StringWriter;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/** Certificates and requests made in tests, outside the CA under test (an "outside" CA, CSRs). */
final class TestPki {

    private TestPki() {
    }

    static KeyPair ecKeys() {
        return KeyAlgorithm.EC.generate();
    }

    /** A PKCS#10 request for {@code key}'s public key, signed with {@code signer} (the same key for a genuine one). */
    static String csr(KeyPair key, PrivateKey signer) {
        try {
            PKCS10CertificationRequest request = new JcaPKCS10CertificationRequestBuilder(
                    new X500Name("CN=Whatever The Requester Wrote"), key.getPublic())
                    .build(CertificateIssuer.signer(signer));
            StringWriter out = new StringWriter();
            try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
                pem.writeObject(request);
            }
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A root CA that has nothing to do with the platform's. */
    record OutsideCa(KeyPair keys, X509Certificate certificate) {

        static OutsideCa create(String subject) {
            KeyPair keys = ecKeys();
            Instant now = Instant.now();
            X509Certificate root = CertificateIssuer.root(DistinguishedNames.parse(subject), keys.getPublic(),
                    keys.getPrivate(), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(3650)));
            return new OutsideCa(keys, root);
        }

        /** A signing certificate this CA issues for {@code key}. */
        X509Certificate issue(String subject, KeyPair key) {
            try {
                Instant now = Instant.now();
                X509v3CertificateBuilder b = new X509v3CertificateBuilder(
                        DistinguishedNames.of(certificate.getSubjectX500Principal()), BigInteger.valueOf(now.toEpochMilli()),
                        Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))),
                        DistinguishedNames.parse(subject), SubjectPublicKeyInfo.getInstance(key.getPublic().getEncoded()));
                b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
                b.addExtension(Extension.authorityKeyIdentifier, false, CertificateIssuer.authorityKeyIdentifier(certificate));
                return Crypto.certificate(b.build(CertificateIssuer.signer(keys.getPrivate())).getEncoded());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
