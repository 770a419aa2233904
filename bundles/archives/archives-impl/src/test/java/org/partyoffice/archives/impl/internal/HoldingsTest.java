package org.partyoffice.archives.impl.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyoffice.archives.api.Dossier;
import org.partyoffice.archives.api.DossierQuery;
import org.partyoffice.archives.api.DossierStatus;
import org.partyoffice.archives.api.Fonds;
import org.partyoffice.archives.api.Item;
import org.partyoffice.archives.api.NewDossier;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.AuditQuery;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;

/** Fonds, dossiers and items: rules, clearance and scope on every read, audit of classified views. */
class HoldingsTest {

    @TempDir
    Path temp;
    Fixture f;
    Fonds provinceFonds;

    @BeforeEach
    void setUp() {
        f = new Fixture(temp);
        provinceFonds = f.as(Fixture.ARCHIVIST, () -> f.archive.fondsOf(f.province.id()));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private Dossier dossier(String code, String title, Clearance c) {
        return f.as(Fixture.ARCHIVIST, () -> f.archive.createDossier(new NewDossier(provinceFonds.id(), null, code, title,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "VV", c)));
    }

    @Test
    void aFondsIsOpenedOncePerOrganisationWithItsCodeAndName() {
        Fonds again = f.as(Fixture.ARCHIVIST, () -> f.archive.fondsOf(f.province.id()));
        assertEquals(provinceFonds.id(), again.id());
        assertEquals("000.00.00.H37", provinceFonds.code());
        assertEquals("Phông Tỉnh ủy Lào Cai", provinceFonds.name());
        assertEquals(f.province.id(), provinceFonds.unitId());
    }

    @Test
    void itemsKeepTheirFilesAndTheDossierCountsThem() throws Exception {
        Dossier d = dossier("HS-01", "Hồ sơ Hội nghị Ban Chấp hành lần thứ 5", Clearance.UNCLASSIFIED);
        Item item = f.as(Fixture.ARCHIVIST, () -> f.archive.addItem(d.id(), "Nghị quyết số 05-NQ/TU",
                LocalDate.of(2025, 5, 2), Clearance.UNCLASSIFIED, List.of(Fixture.text("nghi-quyet.txt", "Nghị quyết về phát triển"))));

        assertEquals(1, item.files().size());
        Dossier after = f.as(Fixture.VIEWER, () -> f.archive.getDossier(d.id()));
        assertEquals(1, after.itemCount());
        assertEquals(1, after.fileCount());
        byte[] read;
        try (var content = f.as(Fixture.VIEWER, () -> f.archive.open(item.id(), item.files().get(0).sha256())).content()) {
            read = content.readAllBytes();
        }
        assertArrayEquals("Nghị quyết về phát triển".getBytes(StandardCharsets.UTF_8), read);
        assertEquals(100, f.as(Fixture.VIEWER, () -> f.archive.progress(provinceFonds.id())).percent());
    }

    @Test
    void aClassifiedDossierIsInvisibleBelowItsLevelEverywhereAndItsViewsAreAudited() {
        Dossier secret = dossier("HS-M1", "Hồ sơ Tuyệt mật về nhân sự", Clearance.TOI_MAT);
        dossier("HS-02", "Hồ sơ thường", Clearance.UNCLASSIFIED);

        assertThrows(EntityNotFoundException.class, () -> f.as(Fixture.VIEWER, () -> f.archive.getDossier(secret.id())));
        var page = f.as(Fixture.VIEWER, () -> f.archive.dossiers(DossierQuery.all()));
        assertEquals(1, page.total());
        assertEquals("HS-02", page.items().get(0).code());
        assertTrue(f.as(Fixture.VIEWER, () -> f.archive.findDossier(provinceFonds.id(), "HS-M1")).isEmpty());
        assertEquals(1, f.as(Fixture.VIEWER, () -> f.archive.progress(provinceFonds.id())).dossiers());

        f.as(Fixture.ARCHIVIST, () -> f.archive.getDossier(secret.id()));
        long reads = f.asAdmin(() -> f.audit.query(new AuditQuery(null, "archives", "dossier.read", null, null, null, 100))).stream()
                .filter(e -> e.action().equals("dossier.read") && e.objectId().equals(Long.toString(secret.id()))).count();
        assertEquals(1, reads);
    }

    @Test
    void aClassifiedItemRaisesItsDossierAndIsHiddenFromReadersBelowIt() {
        Dossier d = dossier("HS-03", "Hồ sơ công tác tổ chức", Clearance.UNCLASSIFIED);
        f.as(Fixture.ARCHIVIST, () -> f.archive.addItem(d.id(), "Tờ trình nhân sự", null, Clearance.MAT, List.of()));

        assertEquals(Clearance.MAT, f.as(Fixture.ARCHIVIST, () -> f.archive.getDossier(d.id())).classification());
        assertThrows(EntityNotFoundException.class, () -> f.as(Fixture.VIEWER, () -> f.archive.items(d.id())));
    }

    @Test
    void nobodyFilesAboveTheirOwnClearance() {
        var e = assertThrows(InvalidInputException.class, () -> dossier("HS-TM", "Tuyệt mật", Clearance.TUYET_MAT));
        assertEquals("classification", e.field());
    }

    @Test
    void aCommuneSeesItsOwnHoldingsAndTheProvinceSeesTheCommunes() {
        Fonds communeFonds = f.as(Fixture.COMMUNE_ARCHIVIST, () -> f.archive.fondsOf(f.commune.id()));
        Dossier communeDossier = f.as(Fixture.COMMUNE_ARCHIVIST, () -> f.archive.createDossier(new NewDossier(
                communeFonds.id(), null, "XA-01", "Hồ sơ Đại hội Đảng bộ xã", null, null, "VV", Clearance.UNCLASSIFIED)));
        Dossier provincial = dossier("HS-04", "Hồ sơ của Tỉnh ủy", Clearance.UNCLASSIFIED);

        assertThrows(EntityNotFoundException.class,
                () -> f.as(Fixture.COMMUNE_ARCHIVIST, () -> f.archive.getDossier(provincial.id())));
        assertThrows(EntityNotFoundException.class, () -> f.as(Fixture.COMMUNE_ARCHIVIST, () -> f.archive.fondsOf(f.otherCommune.id())));
        assertEquals(List.of(communeFonds.id()), f.as(Fixture.COMMUNE_ARCHIVIST, () -> f.archive.fonds()).stream().map(Fonds::id).toList());
        assertEquals(communeDossier.id(), f.as(Fixture.ARCHIVIST, () -> f.archive.getDossier(communeDossier.id())).id());
    }

    @Test
    void badInputNamesTheFieldAndTheRule() {
        dossier("HS-05", "Hồ sơ", Clearance.UNCLASSIFIED);
        var duplicate = assertThrows(ConflictException.class, () -> dossier("HS-05", "Hồ sơ khác", Clearance.UNCLASSIFIED));
        assertEquals("code", duplicate.field());
        var retention = assertThrows(InvalidInputException.class, () -> f.as(Fixture.ARCHIVIST, () -> f.archive.createDossier(
                new NewDossier(provinceFonds.id(), null, "HS-06", "Hồ sơ", null, null, "99N", Clearance.UNCLASSIFIED))));
        assertEquals("retention", retention.field());
        var title = assertThrows(InvalidInputException.class, () -> dossier("HS-07", " ", Clearance.UNCLASSIFIED));
        assertEquals("title", title.field());
        var limit = assertThrows(InvalidInputException.class, () -> f.as(Fixture.VIEWER,
                () -> f.archive.dossiers(new DossierQuery(null, null, null, null, 0, 0))));
        assertEquals("limit", limit.field());
        assertThrows(AccessDeniedException.class, () -> f.as(Fixture.VIEWER, () -> f.archive.createDossier(
                new NewDossier(provinceFonds.id(), null, "HS-08", "Hồ sơ", null, null, "VV", Clearance.UNCLASSIFIED))));
    }

    @Test
    void closingStartsTheRetentionPeriodOnce() {
        Dossier d = dossier("HS-09", "Hồ sơ năm 2025", Clearance.UNCLASSIFIED);
        Dossier closed = f.as(Fixture.ARCHIVIST, () -> f.archive.close(d.id()));
        assertEquals(DossierStatus.CLOSED, closed.status());
        assertEquals(f.clock.instant(), closed.closedAt());
        assertThrows(ConflictException.class, () -> f.as(Fixture.ARCHIVIST, () -> f.archive.close(d.id())));
        assertFalse(f.as(Fixture.ARCHIVIST, () -> f.archive.dossiers(new DossierQuery(null, null, DossierStatus.OPEN, null, 0, 10)))
                .items().stream().anyMatch(x -> x.id() == d.id()));
    }
}
