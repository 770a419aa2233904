package org.partyoffice.signatures.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Validated chains are remembered only inside their validity window and only for roots still trusted. */
class ChainCacheTest {

    final TestPki.OutsideCa ca = TestPki.OutsideCa.create("CN=Cơ quan chứng thực bên ngoài,C=VN");
    final X509Certificate leaf = ca.issue("CN=Trần Thị Bình,C=VN", TestPki.ecKeys());
    final ChainValidator.Cache cache = new ChainValidator.Cache();

    @Test
    void aRememberedChainIsCheckedAgainOutsideItsWindow() {
        Instant now = Instant.now();
        assertTrue(ChainValidator.validate(leaf, List.of(), List.of(ca.certificate()), now, cache).trusted());
        assertEquals(1, cache.size());
        assertTrue(ChainValidator.validate(leaf, List.of(), List.of(ca.certificate()), now.plus(Duration.ofDays(30)), cache)
                .trusted());
        ChainValidator.Result late = ChainValidator.validate(leaf, List.of(), List.of(ca.certificate()),
                now.plus(Duration.ofDays(400)), cache);
        assertFalse(late.trusted());
        assertTrue(late.problem().contains("expired"), late.problem());
    }

    @Test
    void aRememberedChainIsNotTrustedOnceItsRootIsNot() {
        Instant now = Instant.now();
        assertTrue(ChainValidator.validate(leaf, List.of(), List.of(ca.certificate()), now, cache).trusted());
        ChainValidator.Result untrusted = ChainValidator.validate(leaf, List.of(), List.of(), now, cache);
        assertFalse(untrusted.trusted());
        assertTrue(untrusted.problem().contains("does not chain to a trusted root"), untrusted.problem());
    }

    @Test
    void failuresAreNotRemembered() {
        Instant now = Instant.now();
        TestPki.OutsideCa impostor = TestPki.OutsideCa.create("CN=Cơ quan chứng thực bên ngoài,C=VN");
        // Same name, another key: the key identifiers tell them apart, and nothing is remembered.
        ChainValidator.Result forged = ChainValidator.validate(leaf, List.of(), List.of(impostor.certificate()), now, cache);
        assertFalse(forged.trusted());
        assertEquals(0, cache.size());
    }
}
