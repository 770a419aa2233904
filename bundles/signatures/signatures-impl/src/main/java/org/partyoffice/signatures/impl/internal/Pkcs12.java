package org.partyoffice.signatures.impl.internal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.pkcs.PKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.bc.BcPKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;
import org.bouncycastle.operator.bc.BcDefaultDigestProvider;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBagFactory;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.bc.BcPKCS12MacCalculatorBuilderProvider;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEInputDecryptorProviderBuilder;

/**
 * PKCS#12 files written with explicit modern protection, whatever the JVM's
 * {@code keystore.pkcs12.*} defaults: keys shrouded with PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC),
 * integrity by a SHA-256 MAC. BouncyCastle builds and parses the structure; the two password
 * derivations run in the JDK ({@link JdkPbe}), whose SHA-256 uses the CPU's SHA instructions and
 * is about three times faster than BouncyCastle's pure Java on the same file. The JDK's PKCS12 KeyStore (Java 11.0.12+), OpenSSL 1.1.1+/3 and
 * current Windows open them. Certificates are not encrypted: they are public, and leaving them
 * clear saves one password derivation on every server-side signature.
 */
final class Pkcs12 {

    /** A private key with its certificate, under an alias (the friendly name). */
    record Entry(String alias, PrivateKey key, X509Certificate certificate) {
    }

    /** The MAC does not verify: the password is wrong (or the file was changed). */
    static final class WrongPasswordException extends Exception {
        private static final long serialVersionUID = 1L;

        WrongPasswordException() {
            super("the PKCS#12 password is wrong");
        }
    }

    static final int ITERATIONS = 10_000;

    private Pkcs12() {
    }

    /** Writes {@code entries} (each key with its certificate) plus {@code chain} certificates. */
    static byte[] write(char[] password, List<Entry> entries, List<X509Certificate> chain) {
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            PKCS12PfxPduBuilder pfx = new PKCS12PfxPduBuilder();
            List<PKCS12SafeBag> certificates = new ArrayList<>();
            List<PKCS12SafeBag> keys = new ArrayList<>();
            for (Entry e : entries) {
                // localKeyId pairs a key with its certificate; the SKI is what other tools use too.
                ASN1OctetString keyId = new DEROctetString(
                        utils.createSubjectKeyIdentifier(e.certificate().getPublicKey()).getKeyIdentifier());
                DERBMPString name = new DERBMPString(e.alias());
                PKCS12SafeBagBuilder cert = new JcaPKCS12SafeBagBuilder(e.certificate());
                cert.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, name);
                cert.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, keyId);
                certificates.add(cert.build());
                // Each key gets its own salt and IV.
                PKCS12SafeBagBuilder key = new JcaPKCS12SafeBagBuilder(e.key(), JdkPbe.usable(password)
                        ? JdkPbe.encryptor(password, ITERATIONS) : bcEncryptor(password));
                key.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, name);
                key.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, keyId);
                keys.add(key.build());
            }
            for (X509Certificate c : chain) {
                certificates.add(new JcaPKCS12SafeBagBuilder(c).build());
            }
            for (PKCS12SafeBag bag : certificates) {
                pfx.addData(bag);
            }
            for (PKCS12SafeBag bag : keys) {
                pfx.addData(bag);
            }
            PKCS12MacCalculatorBuilder mac;
            if (JdkPbe.usable(password)) {
                mac = JdkPbe.macCalculator(ITERATIONS);
            } else {
                BcPKCS12MacCalculatorBuilder bc = new BcPKCS12MacCalculatorBuilder(new SHA256Digest(),
                        new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE));
                bc.setIterationCount(ITERATIONS);
                mac = bc;
            }
            return pfx.build(mac, password).getEncoded();
        } catch (IOException | OperatorCreationException | PKCSException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot build a PKCS#12 file", e);
        }
    }

    /** The same PBES2 scheme in BouncyCastle, for passwords the JDK's PBE refuses. */
    private static OutputEncryptor bcEncryptor(char[] password) throws OperatorCreationException {
        return new JcePKCSPBEOutputEncryptorBuilder(NISTObjectIdentifiers.id_aes256_CBC)
                .setProvider(Crypto.PROVIDER)
                .setPRF(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256, DERNull.INSTANCE))
                .setIterationCount(ITERATIONS)
                .build(password);
    }

    /**
     * Reads the key entries.
     *
     * @throws WrongPasswordException   when the MAC does not verify with {@code password}
     * @throws IllegalArgumentException when the bytes are not a PKCS#12 file
     */
    static List<Entry> read(byte[] data, char[] password) throws WrongPasswordException {
        PKCS12PfxPdu pfx;
        try {
            pfx = new PKCS12PfxPdu(data);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a PKCS#12 file", e);
        }
        if (!pfx.hasMac()) {
            throw new IllegalArgumentException("the PKCS#12 file has no MAC: it was not written here");
        }
        try {
            Boolean jdkMac = JdkPbe.macValid(pfx, password);
            boolean macValid = jdkMac != null ? jdkMac
                    : pfx.isMacValid(new BcPKCS12MacCalculatorBuilderProvider(BcDefaultDigestProvider.INSTANCE), password);
            if (!macValid) {
                throw new WrongPasswordException();
            }
            // BouncyCastle's decryptor only for what the JDK cannot open (e.g. files from other tools
            // with encrypted certificates or legacy PBE schemes).
            InputDecryptorProvider decryptor = new JcePKCSPBEInputDecryptorProviderBuilder()
                    .setProvider(Crypto.PROVIDER).build(password);
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter().setProvider(Crypto.PROVIDER);
            Map<String, X509Certificate> certificates = new HashMap<>();
            Map<String, PrivateKey> keys = new HashMap<>();
            Map<String, String> names = new HashMap<>();
            for (ContentInfo info : pfx.getContentInfos()) {
                PKCS12SafeBagFactory factory = info.getContentType().equals(PKCSObjectIdentifiers.encryptedData)
                        ? new PKCS12SafeBagFactory(info, decryptor) : new PKCS12SafeBagFactory(info);
                for (PKCS12SafeBag bag : factory.getSafeBags()) {
                    String id = attribute(bag, PKCSObjectIdentifiers.pkcs_9_at_localKeyId);
                    if (id == null) {
                        continue; // a chain certificate: the register and the CA have those already
                    }
                    String name = attribute(bag, PKCSObjectIdentifiers.pkcs_9_at_friendlyName);
                    if (name != null) {
                        names.put(id, name);
                    }
                    if (bag.getBagValue() instanceof X509CertificateHolder holder) {
                        certificates.put(id, Crypto.certificate(holder.getEncoded()));
                    } else if (bag.getBagValue() instanceof PKCS8EncryptedPrivateKeyInfo shrouded) {
                        PrivateKeyInfo plain = JdkPbe.decrypt(shrouded, password);
                        keys.put(id, converter.getPrivateKey(plain != null ? plain : shrouded.decryptPrivateKeyInfo(decryptor)));
                    } else if (bag.getBagValue() instanceof PrivateKeyInfo plain) {
                        keys.put(id, converter.getPrivateKey(plain));
                    }
                }
            }
            List<Entry> entries = new ArrayList<>();
            for (Map.Entry<String, PrivateKey> k : keys.entrySet()) {
                X509Certificate certificate = certificates.get(k.getKey());
                if (certificate != null) {
                    entries.add(new Entry(names.getOrDefault(k.getKey(), k.getKey()), k.getValue(), certificate));
                }
            }
            return entries;
        } catch (PKCSException | IOException | RuntimeException e) {
            throw new IllegalArgumentException("the PKCS#12 file cannot be read", e);
        }
    }

    private static String attribute(PKCS12SafeBag bag, ASN1ObjectIdentifier type) {
        for (Attribute a : bag.getAttributes()) {
            if (a.getAttrType().equals(type) && a.getAttrValues().size() > 0) {
                ASN1Encodable value = a.getAttrValues().getObjectAt(0);
                if (value instanceof DERBMPString s) {
                    return s.getString();
                }
                if (value instanceof ASN1OctetString o) {
                    return HexFormat.of().formatHex(o.getOctets());
                }
            }
        }
        return null;
    }
}
