package org.partyoffice.signatures.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.CRLReason;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.AccountChange;
import org.partyoffice.platform.api.AuditEntry;
import org.partyoffice.platform.api.AuditQuery;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.signatures.api.CertificateInfo;
import org.partyoffice.signatures.api.CertificateProfile;
import org.partyoffice.signatures.api.CertificateStatus;
import org.partyoffice.signatures.api.Device;
import org.partyoffice.signatures.api.DeviceState;
import org.partyoffice.signatures.api.IssueRequest;
import org.partyoffice.signatures.api.RevocationReason;

class DeviceRegistryServiceTest {

    static final String MODEL = "SafeNet eToken 5110";

    @TempDir
    Path temp;
    Fixture f;
    CaService ca;
    DeviceRegistryService devices;

    @BeforeEach
    void start() {
        f = new Fixture(temp);
        ca = f.ca();
        devices = f.devices(ca);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private CertificateInfo enrolOn(String device, String holder) {
        KeyPair key = TestPki.ecKeys();
        return f.asAdmin(() -> ca.enrol(TestPki.csr(key, key.getPrivate()),
                new IssueRequest(CertificateProfile.PERSONAL_SIGNING, holder, null, 365, device)));
    }

    private static X509CRL parse(byte[] der) throws Exception {
        return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
    }

    @Test
    void lifecycleFromStockToDestruction() {
        Device registered = f.asAdmin(() -> devices.register(" TK-001 ", MODEL));
        assertEquals("TK-001", registered.serial());
        assertEquals(DeviceState.IN_STOCK, registered.state());
        assertEquals(null, registered.holderLogin());
        assertNotNull(registered.registeredAt());

        Device issued = f.asAdmin(() -> devices.issue("TK-001", Fixture.SIGNER));
        assertEquals(DeviceState.ISSUED, issued.state());
        assertEquals(Fixture.SIGNER, issued.holderLogin());
        assertEquals(f.province.id(), issued.unitId());

        CertificateInfo cert = enrolOn("TK-001", Fixture.SIGNER);
        assertEquals("TK-001", cert.deviceSerial());
        assertEquals(List.of(cert.serial()), f.asAdmin(() -> devices.find("TK-001")).orElseThrow().certificateSerials());

        f.clock.advance(Duration.ofDays(1));
        Device returned = f.asAdmin(() -> devices.returnDevice("TK-001"));
        assertEquals(DeviceState.RETURNED, returned.state());
        assertTrue(returned.changedAt().isAfter(returned.registeredAt()));
        CertificateInfo after = f.asAdmin(() -> ca.find(cert.serial())).orElseThrow();
        assertEquals(CertificateStatus.REVOKED, after.status());
        assertEquals(RevocationReason.CESSATION_OF_OPERATION, after.revocationReason());

        assertEquals(DeviceState.ISSUED, f.asAdmin(() -> devices.issue("TK-001", Fixture.OTHER_SIGNER)).state());
        assertEquals(DeviceState.RETURNED, f.asAdmin(() -> devices.returnDevice("TK-001")).state());
        assertEquals(DeviceState.DESTROYED, f.asAdmin(() -> devices.destroy("TK-001")).state());

        f.asAdmin(() -> devices.register("TK-002", MODEL));
        f.asAdmin(() -> devices.issue("TK-002", Fixture.SIGNER));
        f.asAdmin(() -> devices.register("TK-003", MODEL));
        assertEquals(List.of("TK-001", "TK-002", "TK-003"),
                f.asAdmin(() -> devices.list(null, null)).stream().map(Device::serial).toList());
        assertEquals(List.of("TK-002"), f.asAdmin(() -> devices.list(DeviceState.ISSUED, null)).stream().map(Device::serial).toList());
        assertEquals(List.of("TK-003"), f.asAdmin(() -> devices.list(DeviceState.IN_STOCK, null)).stream().map(Device::serial).toList());
        assertEquals(List.of("TK-002"), f.asAdmin(() -> devices.list(null, Fixture.SIGNER)).stream().map(Device::serial).toList());
        assertEquals(List.of(cert.serial()), f.asAdmin(() -> devices.list(DeviceState.DESTROYED, null)).get(0).certificateSerials());
    }

    @Test
    void illegalTransitionsAreConflictsOnState() {
        f.asAdmin(() -> devices.register("TK-1", MODEL));
        assertConflictOnState(() -> devices.returnDevice("TK-1"));
        f.asAdmin(() -> devices.issue("TK-1", Fixture.SIGNER));
        assertConflictOnState(() -> devices.issue("TK-1", Fixture.OTHER_SIGNER));
        assertConflictOnState(() -> devices.destroy("TK-1"));
        f.asAdmin(() -> devices.markLost("TK-1"));
        assertConflictOnState(() -> devices.issue("TK-1", Fixture.SIGNER));
        assertConflictOnState(() -> devices.returnDevice("TK-1"));
        assertConflictOnState(() -> devices.markLost("TK-1"));
        f.asAdmin(() -> devices.destroy("TK-1"));
        assertConflictOnState(() -> devices.destroy("TK-1"));
        assertConflictOnState(() -> devices.issue("TK-1", Fixture.SIGNER));
        assertConflictOnState(() -> devices.markLost("TK-1"));
        assertEquals(DeviceState.DESTROYED, f.asAdmin(() -> devices.find("TK-1")).orElseThrow().state());

        ConflictException duplicate = assertThrows(ConflictException.class, () -> f.asAdmin(() -> devices.register("TK-1", MODEL)));
        assertEquals("serial", duplicate.field());
        EntityNotFoundException unknown = assertThrows(EntityNotFoundException.class,
                () -> f.asAdmin(() -> devices.markLost("NO-SUCH")));
        assertEquals("serial", unknown.field());
        assertTrue(f.asAdmin(() -> devices.find("NO-SUCH")).isEmpty());
        f.asAdmin(() -> devices.register("TK-2", MODEL));
        InvalidInputException noHolder = assertThrows(InvalidInputException.class,
                () -> f.asAdmin(() -> devices.issue("TK-2", "nobody.here")));
        assertEquals("holderLogin", noHolder.field());
        assertEquals("model", assertThrows(InvalidInputException.class,
                () -> f.asAdmin(() -> devices.register("TK-3", " "))).field());
    }

    private void assertConflictOnState(Runnable change) {
        ConflictException e = assertThrows(ConflictException.class, () -> f.asAdmin(() -> {
            change.run();
            return null;
        }));
        assertEquals("state", e.field(), e.getMessage());
    }

    @Test
    void aLostTokenRevokesItsCertificatesWithKeyCompromiseAndTheCrlListsThem() throws Exception {
        f.issuedDevice(ca, "TK-L", Fixture.SIGNER);
        CertificateInfo first = enrolOn("TK-L", Fixture.SIGNER);
        CertificateInfo second = enrolOn("TK-L", Fixture.SIGNER);
        CertificateInfo elsewhere = enrolOn(null, Fixture.SIGNER);
        long crlBefore = f.asAdmin(() -> ca.info()).crlNumber();

        Device lost = f.asAdmin(() -> devices.markLost("TK-L"));
        assertEquals(DeviceState.LOST, lost.state());
        assertEquals(Set.of(first.serial(), second.serial()), Set.copyOf(lost.certificateSerials()));

        for (CertificateInfo c : List.of(first, second)) {
            CertificateInfo now = f.asAdmin(() -> ca.find(c.serial())).orElseThrow();
            assertEquals(CertificateStatus.REVOKED, now.status());
            assertEquals(RevocationReason.KEY_COMPROMISE, now.revocationReason());
        }
        assertEquals(CertificateStatus.VALID, f.asAdmin(() -> ca.find(elsewhere.serial())).orElseThrow().status());
        assertEquals(crlBefore + 1, f.asAdmin(() -> ca.info()).crlNumber());

        X509CRL crl = parse(ca.crl());
        for (CertificateInfo c : List.of(first, second)) {
            X509CRLEntry entry = crl.getRevokedCertificate(new BigInteger(c.serial(), 16));
            assertNotNull(entry, c.serial());
            assertEquals(CRLReason.KEY_COMPROMISE, entry.getRevocationReason());
        }
        assertEquals(null, crl.getRevokedCertificate(new BigInteger(elsewhere.serial(), 16)));
        assertEquals(2, f.audit.query(new AuditQuery(null, "signatures", "certificate.revoke", null, null, null, 10)).size());

        // Nothing more can be issued onto a lost token.
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> enrolOn("TK-L", Fixture.SIGNER));
        assertEquals("deviceSerial", e.field());
    }

    @Test
    void enrolmentOntoADeviceNeedsItIssuedToTheHolder() {
        assertEquals("deviceSerial", assertThrows(InvalidInputException.class,
                () -> enrolOn("NOT-REGISTERED", Fixture.SIGNER)).field());
        f.asAdmin(() -> devices.register("TK-S", MODEL));
        assertEquals("deviceSerial", assertThrows(InvalidInputException.class,
                () -> enrolOn("TK-S", Fixture.SIGNER)).field());
        f.asAdmin(() -> devices.issue("TK-S", Fixture.OTHER_SIGNER));
        assertEquals("deviceSerial", assertThrows(InvalidInputException.class,
                () -> enrolOn("TK-S", Fixture.SIGNER)).field());
        assertEquals("TK-S", enrolOn("TK-S", Fixture.OTHER_SIGNER).deviceSerial());
        // Nothing half-written: only the one certificate is in the register.
        assertEquals(1, f.asAdmin(() -> devices.find("TK-S")).orElseThrow().certificateSerials().size());
    }

    @Test
    void changesNeedAdminOrItAdminAndOthersSeeOnlyTheirOwnDevices() {
        f.asAdmin(() -> f.accounts.create(new AccountChange("it.support", "Hỗ trợ CNTT", "mật khẩu đăng nhập 4",
                Set.of("it-admin"), Clearance.MAT, f.province.id(), true)));
        assertEquals(DeviceState.IN_STOCK, f.as("it.support", () -> devices.register("TK-R", MODEL)).state());
        assertEquals(DeviceState.ISSUED, f.as("it.support", () -> devices.issue("TK-R", Fixture.SIGNER)).state());
        f.asAdmin(() -> devices.register("TK-X", MODEL));

        for (String who : List.of(Fixture.SIGNER, Fixture.VIEWER)) {
            assertThrows(AccessDeniedException.class, () -> f.as(who, () -> devices.register("TK-Y", MODEL)));
            assertThrows(AccessDeniedException.class, () -> f.as(who, () -> devices.issue("TK-X", who)));
            assertThrows(AccessDeniedException.class, () -> f.as(who, () -> devices.returnDevice("TK-R")));
            assertThrows(AccessDeniedException.class, () -> f.as(who, () -> devices.markLost("TK-R")));
            assertThrows(AccessDeniedException.class, () -> f.as(who, () -> devices.destroy("TK-X")));
        }
        assertEquals(List.of("TK-R"), f.as(Fixture.SIGNER, () -> devices.list(null, null)).stream().map(Device::serial).toList());
        assertTrue(f.as(Fixture.SIGNER, () -> devices.find("TK-X")).isEmpty());
        assertTrue(f.as(Fixture.SIGNER, () -> devices.find("TK-R")).isPresent());
        assertEquals(List.of(), f.as(Fixture.VIEWER, () -> devices.list(null, null)));
        assertEquals(List.of(), f.as(Fixture.VIEWER, () -> devices.list(null, Fixture.SIGNER)));
        assertEquals(2, f.as("it.support", () -> devices.list(null, null)).size());
        assertEquals(DeviceState.ISSUED, f.asAdmin(() -> devices.find("TK-R")).orElseThrow().state());
    }

    @Test
    void everyChangeIsAudited() {
        f.asAdmin(() -> devices.register("TK-A", MODEL));
        f.asAdmin(() -> devices.issue("TK-A", Fixture.SIGNER));
        CertificateInfo cert = enrolOn("TK-A", Fixture.SIGNER);
        f.asAdmin(() -> devices.returnDevice("TK-A"));
        f.asAdmin(() -> devices.issue("TK-A", Fixture.SIGNER));
        f.asAdmin(() -> devices.markLost("TK-A"));
        f.asAdmin(() -> devices.destroy("TK-A"));
        assertThrows(ConflictException.class, () -> f.asAdmin(() -> devices.issue("TK-A", Fixture.SIGNER)));

        List<AuditEntry> entries = f.audit.query(new AuditQuery(null, "signatures", null, "TK-A", null, null, 50));
        assertEquals(List.of("device.destroy", "device.issue", "device.lost", "device.register", "device.return"),
                entries.stream().map(AuditEntry::action).distinct().sorted().toList());
        assertEquals(6, entries.size());
        assertTrue(entries.stream().allMatch(e -> e.actor().equals(Fixture.ADMIN)));
        AuditEntry returned = entries.stream().filter(e -> e.action().equals("device.return")).findFirst().orElseThrow();
        assertTrue(returned.detail().contains(cert.serial()), returned.detail());
        assertTrue(returned.detail().contains("CESSATION_OF_OPERATION"), returned.detail());
        AuditEntry register = entries.stream().filter(e -> e.action().equals("device.register")).findFirst().orElseThrow();
        assertTrue(register.detail().contains(MODEL), register.detail());
    }
}
