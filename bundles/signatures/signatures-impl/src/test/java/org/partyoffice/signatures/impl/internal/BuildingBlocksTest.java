package org.partyoffice.signatures.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.junit.jupiter.api.Test;
import org.partyoffice.platform.api.InvalidInputException;

/** The small pieces the CA is built from: names, serials, PKCS#12 files. */
class BuildingBlocksTest {

    @Test
    void distinguishedNamesReadAsWrittenAndEncodeCountryFirst() {
        X500Name name = DistinguishedNames.parse("CN=Ban Tổ chức\\, Tỉnh ủy,O=Tỉnh ủy Lào Cai,C=VN");
        assertEquals(BCStyle.C, name.getRDNs()[0].getFirst().getType());
        assertEquals(BCStyle.CN, name.getRDNs()[2].getFirst().getType());
        assertEquals("CN=Ban Tổ chức\\, Tỉnh ủy,O=Tỉnh ủy Lào Cai,C=VN", DistinguishedNames.format(name));
        assertThrows(IllegalArgumentException.class, () -> DistinguishedNames.parse(" "));
    }

    @Test
    void serialsAreRandomPositiveSixteenBytes() {
        Set<BigInteger> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            BigInteger serial = Serials.next();
            assertTrue(serial.signum() > 0);
            assertEquals(16, serial.toByteArray().length, "DER INTEGER content of 16 bytes");
            assertEquals(32, Crypto.hex(serial).length());
            seen.add(serial);
        }
        assertEquals(1000, seen.size());
    }

    @Test
    void serialsAreNormalisedAsToolsPrintThem() {
        assertEquals("4ab70dfd2c4ee629", Serials.normalise("4A:B7:0D:FD:2C:4E:E6:29"));
        assertEquals("ab", Serials.normalise(" 0x00AB "));
        assertEquals("serial", assertThrows(InvalidInputException.class, () -> Serials.normalise("xyz")).field());
        assertEquals("serial", assertThrows(InvalidInputException.class, () -> Serials.normalise(null)).field());
    }

    @Test
    void pkcs12TellsAWrongPasswordFromADamagedFile() throws Exception {
        KeyPair keys = TestPki.ecKeys();
        X509Certificate certificate = TestPki.OutsideCa.create("CN=Test").certificate();
        byte[] file = Pkcs12.write("right password".toCharArray(),
                List.of(new Pkcs12.Entry("khóa ký", keys.getPrivate(), certificate)), List.of());
        List<Pkcs12.Entry> entries = Pkcs12.read(file, "right password".toCharArray());
        assertEquals(1, entries.size());
        assertEquals("khóa ký", entries.get(0).alias());
        assertEquals(((ECPrivateKey) keys.getPrivate()).getS(), ((ECPrivateKey) entries.get(0).key()).getS());
        assertThrows(Pkcs12.WrongPasswordException.class, () -> Pkcs12.read(file, "wrong password".toCharArray()));
        assertThrows(IllegalArgumentException.class, () -> Pkcs12.read(new byte[] {1, 2, 3}, "x".toCharArray()));
    }
}
