package org.partyoffice.archives.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyoffice.archives.api.Dossier;
import org.partyoffice.archives.api.Fonds;
import org.partyoffice.archives.api.NewDossier;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.InvalidInputException;

/** BagIt export and import: a round trip keeps every field and file; a changed file is refused. */
class BagTest {

    @TempDir
    Path temp;
    Fixture f;
    Fonds fonds;
    Dossier dossier;

    @BeforeEach
    void setUp() {
        f = new Fixture(temp);
        fonds = f.as(Fixture.ARCHIVIST, () -> f.archive.fondsOf(f.province.id()));
        dossier = f.as(Fixture.ARCHIVIST, () -> {
            Dossier d = f.archive.createDossier(new NewDossier(fonds.id(), null, "HS-2024-07", "Hồ sơ Hội nghị Tỉnh ủy tháng 7",
                    LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 31), "70N", Clearance.MAT));
            f.archive.addItem(d.id(), "Biên bản hội nghị, phiên 1", LocalDate.of(2024, 7, 2), Clearance.MAT,
                    List.of(Fixture.text("biên bản.txt", "Nội dung biên bản Tuyệt mật"), Fixture.text("phụ lục.txt", "Phụ lục")));
            f.archive.addItem(d.id(), "Danh sách đại biểu", LocalDate.of(2024, 7, 2), Clearance.UNCLASSIFIED, List.of());
            return d;
        });
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void aDossierRoundTripsThroughABag() throws Exception {
        Path bag = f.as(Fixture.ARCHIVIST, () -> f.bags.exportDossier(dossier.id(), temp.resolve("xuat")));
        assertTrue(Files.readString(bag.resolve("manifest-sha256.txt")).contains("data/items.csv"));
        assertTrue(Files.readString(bag.resolve("bag-info.txt"), StandardCharsets.UTF_8).contains("Hồ sơ Hội nghị Tỉnh ủy tháng 7"));

        Fonds other = f.as(Fixture.ARCHIVIST, () -> f.archive.fondsOf(f.commune.id()));
        Dossier imported = f.as(Fixture.ARCHIVIST, () -> f.bags.importBag(bag, other.id()));

        assertEquals("HS-2024-07", imported.code());
        assertEquals(dossier.title(), imported.title());
        assertEquals(Clearance.MAT, imported.classification());
        assertEquals("70N", imported.retention());
        assertEquals(LocalDate.of(2024, 7, 1), imported.startDate());
        var before = f.as(Fixture.ARCHIVIST, () -> f.archive.items(dossier.id()));
        var after = f.as(Fixture.ARCHIVIST, () -> f.archive.items(imported.id()));
        assertEquals(before.stream().map(i -> i.title()).toList(), after.stream().map(i -> i.title()).toList());
        assertEquals(before.get(0).files().stream().map(x -> x.sha256()).sorted().toList(),
                after.get(0).files().stream().map(x -> x.sha256()).sorted().toList());
        assertThrows(ConflictException.class, () -> f.as(Fixture.ARCHIVIST, () -> f.bags.importBag(bag, other.id())));
    }

    @Test
    void aChangedFileInTheBagFailsTheFixityCheckAndNothingIsTaken() throws Exception {
        Path bag = f.as(Fixture.ARCHIVIST, () -> f.bags.exportDossier(dossier.id(), temp.resolve("xuat")));
        Path payload;
        try (var walk = Files.walk(bag.resolve("data"))) {
            payload = walk.filter(p -> p.getFileName().toString().equals("phụ lục.txt")).findFirst().orElseThrow();
        }
        Files.writeString(payload, "Phụ lục đã bị sửa");
        Fonds other = f.as(Fixture.ARCHIVIST, () -> f.archive.fondsOf(f.commune.id()));

        var e = assertThrows(InvalidInputException.class, () -> f.as(Fixture.ARCHIVIST, () -> f.bags.importBag(bag, other.id())));
        assertEquals("bag", e.field());
        assertTrue(e.getMessage().contains("fixity"), e.getMessage());
        assertTrue(f.as(Fixture.ARCHIVIST, () -> f.archive.findDossier(other.id(), "HS-2024-07")).isEmpty());
    }

    @Test
    void aDossierRaisedAboveTheExportersClearanceCannotBeExported() {
        f.asAdmin(() -> f.archive.addItem(dossier.id(), "Tờ trình Tuyệt mật", null, Clearance.TUYET_MAT, List.of()));
        assertThrows(org.partyoffice.platform.api.EntityNotFoundException.class,
                () -> f.as(Fixture.ARCHIVIST, () -> f.bags.exportDossier(dossier.id(), temp.resolve("x"))));
        assertTrue(Files.notExists(temp.resolve("x")));
    }
}
