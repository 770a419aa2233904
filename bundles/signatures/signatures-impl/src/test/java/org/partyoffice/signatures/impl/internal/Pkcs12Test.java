package org.partyoffice.signatures.impl.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.operator.bc.BcDefaultDigestProvider;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagFactory;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.bc.BcPKCS12MacCalculatorBuilderProvider;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEInputDecryptorProviderBuilder;
import org.junit.jupiter.api.Test;

/**
 * The key files are the same format whichever library derives the password: files whose
 * derivations ran in the JDK open with BouncyCastle's own MAC check and decryptor, and passwords
 * the JDK's PBE refuses (not printable ASCII) still work, through BouncyCastle.
 */
class Pkcs12Test {

    static final char[] ASCII = "Mat-khau ky so 2025!".toCharArray();
    static final char[] VIETNAMESE = "mật khẩu khóa CA của Văn phòng".toCharArray();

    static Pkcs12.Entry entry() {
        KeyPair keys = TestPki.ecKeys();
        Instant now = Instant.now();
        X509Certificate certificate = CertificateIssuer.root(DistinguishedNames.parse("CN=Nguyễn Văn An,C=VN"),
                keys.getPublic(), keys.getPrivate(), now, now.plus(Duration.ofDays(1)));
        return new Pkcs12.Entry("Nguyễn Văn An", keys.getPrivate(), certificate);
    }

    @Test
    void aFileWrittenWithTheJdksDerivationsOpensWithBouncyCastlesAlone() throws Exception {
        Pkcs12.Entry entry = entry();
        PKCS12PfxPdu pfx = new PKCS12PfxPdu(Pkcs12.write(ASCII, List.of(entry), List.of()));
        assertTrue(pfx.isMacValid(new BcPKCS12MacCalculatorBuilderProvider(BcDefaultDigestProvider.INSTANCE), ASCII));
        assertFalse(pfx.isMacValid(new BcPKCS12MacCalculatorBuilderProvider(BcDefaultDigestProvider.INSTANCE),
                "Mat-khau ky so 2026!".toCharArray()));
        int keys = 0;
        for (ContentInfo info : pfx.getContentInfos()) {
            for (PKCS12SafeBag bag : new PKCS12SafeBagFactory(info).getSafeBags()) {
                if (bag.getBagValue() instanceof PKCS8EncryptedPrivateKeyInfo shrouded) {
                    assertEquals(PKCSObjectIdentifiers.id_PBES2, shrouded.getEncryptionAlgorithm().getAlgorithm());
                    byte[] plain = shrouded.decryptPrivateKeyInfo(new JcePKCSPBEInputDecryptorProviderBuilder()
                            .setProvider(Crypto.PROVIDER).build(ASCII)).getEncoded();
                    assertArrayEquals(entry.key().getEncoded(), plain);
                    keys++;
                }
            }
        }
        assertEquals(1, keys);
    }

    @Test
    void aVietnamesePasswordRoundTripsAndAWrongOneIsRefused() throws Exception {
        Pkcs12.Entry entry = entry();
        byte[] file = Pkcs12.write(VIETNAMESE, List.of(entry), List.of());
        List<Pkcs12.Entry> read = Pkcs12.read(file, VIETNAMESE);
        assertEquals(1, read.size());
        assertArrayEquals(entry.key().getEncoded(), read.get(0).key().getEncoded());
        assertEquals(entry.certificate(), read.get(0).certificate());
        assertThrows(Pkcs12.WrongPasswordException.class, () -> Pkcs12.read(file, "mật khẩu khác".toCharArray()));
        assertThrows(Pkcs12.WrongPasswordException.class, () -> Pkcs12.read(Pkcs12.write(ASCII, List.of(entry), List.of()),
                "Mat-khau ky so 2026!".toCharArray()));
    }
}
