package org.partyoffice.signatures.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;
import org.partyoffice.platform.api.AuditEntry;
import org.partyoffice.platform.api.AuditQuery;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.PlatformEvents;
import org.partyoffice.signatures.api.RevocationReason;
import org.partyoffice.signatures.api.SoftToken;

/**
 * Key sessions: the soft token's key stays unlocked between signatures of the same holder, the
 * password is still checked each time, and the session ends when idle, on a wrong password, on
 * revocation, on an account change and when the component stops. The audit entry of each
 * signature says whether the key came from the file ({@code key=unlocked}) or a session.
 */
class KeySessionTest {

    static final byte[] DOCUMENT = "Công văn số 45-CV/VPĐU về lịch tiếp công dân tháng Mười Hai"
            .getBytes(StandardCharsets.UTF_8);
    static final Duration IDLE = Duration.ofMinutes(5);

    Fixture f;
    CaService ca;
    CmsSignatureService signatures;
    SoftToken token;

    @BeforeEach
    void start(@TempDir Path temp) {
        f = new Fixture(temp);
        ca = f.ca();
        signatures = f.signatures(ca, IDLE);
        token = f.asAdmin(() -> ca.issueSoftToken(CaServiceTest.personal(Fixture.SIGNER), Fixture.TOKEN_PASSWORD));
    }

    @AfterEach
    void stop() {
        signatures.deactivate();
        f.close();
    }

    void sign(char[] password) {
        f.as(Fixture.SIGNER, () -> signatures.signCms(DOCUMENT, password));
    }

    /** How the key of each signature so far was obtained, oldest first. */
    List<String> keys() {
        List<AuditEntry> entries = f.audit.query(new AuditQuery(Fixture.SIGNER, "signatures", "cms.sign", null, null, null, 100));
        List<String> keys = new ArrayList<>(entries.stream()
                .map(e -> e.detail().substring(e.detail().indexOf("; key=") + 6)).toList());
        Collections.reverse(keys);
        return keys;
    }

    @Test
    void theSecondSignatureUsesTheSessionAndItsSignatureVerifies() {
        sign(Fixture.TOKEN_PASSWORD);
        byte[] second = f.as(Fixture.SIGNER, () -> signatures.signCms(DOCUMENT, Fixture.TOKEN_PASSWORD));
        assertEquals(List.of("unlocked", "session"), keys());
        assertTrue(signatures.verifyCms(DOCUMENT, second).valid());
        assertEquals(1, signatures.keySessions());
    }

    @Test
    void aWrongPasswordIsRefusedDuringASessionAndEndsIt() {
        sign(Fixture.TOKEN_PASSWORD);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> sign("Mat-khau sai 2025!".toCharArray()));
        assertEquals("password", e.field());
        assertEquals(1, f.audit.query(new AuditQuery(Fixture.SIGNER, "signatures", "cms.sign.refused", null, null, null, 10)).size());
        assertEquals(0, signatures.keySessions());
        sign(Fixture.TOKEN_PASSWORD);
        assertEquals(List.of("unlocked", "unlocked"), keys(), "after a wrong password the file is opened again");
    }

    @Test
    void anIdleSessionEnds() {
        sign(Fixture.TOKEN_PASSWORD);
        f.clock.advance(IDLE.minusSeconds(1));
        sign(Fixture.TOKEN_PASSWORD);
        f.clock.advance(IDLE.plusSeconds(1));
        sign(Fixture.TOKEN_PASSWORD);
        assertEquals(List.of("unlocked", "session", "unlocked"), keys());
    }

    @Test
    void aSessionEndsAtItsMaximumLifetimeEvenWhenBusy() {
        sign(Fixture.TOKEN_PASSWORD);
        for (int i = 0; i < 16; i++) {
            f.clock.advance(Duration.ofMinutes(4));
            sign(Fixture.TOKEN_PASSWORD);
        }
        List<String> keys = keys();
        assertEquals(17, keys.size());
        assertEquals("unlocked", keys.get(0));
        assertEquals(15, keys.subList(1, 16).stream().filter("session"::equals).count(), "up to the hour: " + keys);
        assertEquals("unlocked", keys.get(16), "past the hour (16 x 4 min) the file is opened again");
    }

    @Test
    void revocationEndsTheSession() {
        sign(Fixture.TOKEN_PASSWORD);
        assertEquals(1, signatures.keySessions());
        f.asAdmin(() -> ca.revoke(token.certificate().serial(), RevocationReason.AFFILIATION_CHANGED));
        assertEquals(0, signatures.keySessions());
    }

    @Test
    void anAccountChangeEndsTheHoldersSessionsOnly() {
        sign(Fixture.TOKEN_PASSWORD);
        f.asAdmin(() -> ca.issueSoftToken(CaServiceTest.personal(Fixture.OTHER_SIGNER), Fixture.TOKEN_PASSWORD));
        f.as(Fixture.OTHER_SIGNER, () -> signatures.signCms(DOCUMENT, Fixture.TOKEN_PASSWORD));
        assertEquals(2, signatures.keySessions());
        signatures.handleEvent(new Event(PlatformEvents.ACCOUNT_CHANGED, Map.of(PlatformEvents.LOGIN, Fixture.SIGNER)));
        assertEquals(1, signatures.keySessions());
        sign(Fixture.TOKEN_PASSWORD);
        assertEquals(List.of("unlocked", "unlocked"), keys());
    }

    @Test
    void stoppingTheComponentForgetsEveryKey() {
        sign(Fixture.TOKEN_PASSWORD);
        signatures.deactivate();
        assertEquals(0, signatures.keySessions());
    }

    @Test
    void zeroIdleTimeDisablesSessions() {
        signatures.deactivate();
        signatures = f.signatures(ca, Duration.ZERO);
        sign(Fixture.TOKEN_PASSWORD);
        sign(Fixture.TOKEN_PASSWORD);
        assertEquals(List.of("unlocked", "unlocked"), keys());
        assertEquals(0, signatures.keySessions());
    }
}
