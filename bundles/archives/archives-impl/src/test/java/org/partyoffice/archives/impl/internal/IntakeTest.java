package org.partyoffice.archives.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyoffice.archives.api.ArchiveEvents;
import org.partyoffice.archives.api.Dossier;
import org.partyoffice.archives.api.Fonds;
import org.partyoffice.archives.api.Item;
import org.partyoffice.platform.api.ArchivalRecord;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.NewUnit;
import org.partyoffice.platform.api.RecordSource;
import org.partyoffice.platform.api.UnitType;

/** Intake from record sources: only what is new, into dossiers by rule, classified apart, files copied. */
class IntakeTest {

    @TempDir
    Path temp;
    Fixture f;
    final List<ArchivalRecord> offered = new ArrayList<>();
    final RecordSource documents = new RecordSource() {
        @Override
        public String module() {
            return "documents";
        }

        @Override
        public List<ArchivalRecord> closedSince(Instant since, int limit) {
            return offered.stream().filter(r -> !r.closedAt().isBefore(since)).limit(limit).toList();
        }
    };

    @BeforeEach
    void setUp() {
        f = new Fixture(temp);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private ArchivalRecord record(String id, String title, Clearance c, String closedAt, String text) {
        String hash = f.files.put(new ByteArrayInputStream(("%PDF-1.4 " + text).getBytes(StandardCharsets.UTF_8)));
        return new ArchivalRecord("documents", id, title, f.province.id(), c, Instant.parse(closedAt), List.of(hash));
    }

    @Test
    void takesWhatIsNewIntoYearDossiersAndNothingTwice() {
        f.intake.addSource(documents);
        offered.add(record("1", "01-NQ/TU Nghị quyết về chuyển đổi số", Clearance.UNCLASSIFIED, "2025-03-01T02:00:00Z", "một"));
        offered.add(record("2", "02-NQ/TU Nghị quyết về quốc phòng", Clearance.MAT, "2025-04-01T02:00:00Z", "hai"));

        var first = f.as(Fixture.ARCHIVIST, () -> f.intake.run());
        assertEquals(2, first.taken().get("documents"));
        assertTrue(f.topics.contains(ArchiveEvents.INGESTED));

        offered.add(record("3", "01-CT/TU Chỉ thị năm mới", Clearance.UNCLASSIFIED, "2026-01-05T02:00:00Z", "ba"));
        var second = f.as(Fixture.ARCHIVIST, () -> f.intake.run());
        assertEquals(1, second.taken().get("documents"), "only the record closed since the last intake");
        assertEquals(0, f.as(Fixture.ARCHIVIST, () -> f.intake.run()).total());

        Fonds fonds = f.as(Fixture.ARCHIVIST, () -> f.archive.fondsOf(f.province.id()));
        Dossier y2025 = f.as(Fixture.ARCHIVIST, () -> f.archive.findDossier(fonds.id(), "VB-2025")).orElseThrow();
        Dossier y2025secret = f.as(Fixture.ARCHIVIST, () -> f.archive.findDossier(fonds.id(), "VB-2025-MAT")).orElseThrow();
        Dossier y2026 = f.as(Fixture.ARCHIVIST, () -> f.archive.findDossier(fonds.id(), "VB-2026")).orElseThrow();
        assertEquals("Văn bản ban hành năm 2025", y2025.title());
        assertEquals("VV", y2025.retention());
        assertEquals(Clearance.MAT, y2025secret.classification());
        assertEquals(1, y2026.itemCount());
        Item item = f.as(Fixture.ARCHIVIST, () -> f.archive.items(y2025.id())).get(0);
        assertEquals("application/pdf", item.files().get(0).mediaType());
        assertEquals("documents-1-1.pdf", item.files().get(0).name());
        assertTrue(f.archiveFiles.area().verify(item.files().get(0).sha256()), "the file is copied into the archive's area");
        assertEquals(LocalDate.of(2025, 3, 1), item.date());
        assertTrue(f.as(Fixture.VIEWER, () -> f.archive.findDossier(fonds.id(), "VB-2025-MAT")).isEmpty());
        assertEquals(3, f.as(Fixture.VIEWER, () -> f.intake.sources()).get(0).taken());
    }

    @Test
    void aSourceAddedLaterIsPickedUpAndAMissingFileIsReported() {
        assertEquals(0, f.as(Fixture.ARCHIVIST, () -> f.intake.run()).total());
        offered.add(new ArchivalRecord("documents", "9", "09-TB/TU Thông báo", f.province.id(), Clearance.UNCLASSIFIED,
                Instant.parse("2026-02-01T00:00:00Z"), List.of("ab".repeat(32))));
        f.intake.addSource(documents);

        var report = f.as(Fixture.ARCHIVIST, () -> f.intake.run());
        assertEquals(1, report.total());
        assertEquals(1, report.problems().size(), report.problems().toString());
        assertTrue(report.problems().get(0).contains("not in the platform store"));
    }

    @Test
    void aMergeCarriesTheFondsToTheNewUnit() {
        Fonds communeFonds = f.as(Fixture.COMMUNE_ARCHIVIST, () -> f.archive.fondsOf(f.commune.id()));
        var merged = f.asAdmin(() -> f.organisation.merge(List.of(f.commune.id(), f.otherCommune.id()),
                new NewUnit("000.10.09.H37", "Đảng ủy xã Bát Xát mới", UnitType.COMMUNE, f.province.id(), LocalDate.of(2026, 3, 2))));
        new UnitMergeListener(f.tx, f.access, f.index, null).carry(new long[] {f.commune.id(), f.otherCommune.id()},
                merged.merged().id());

        Fonds after = f.as(Fixture.ARCHIVIST, () -> f.archive.getFonds(communeFonds.id()));
        assertEquals(merged.merged().id(), after.unitId());
        assertEquals(f.commune.id(), after.originalUnitId(), "the fonds keeps the organisation that created it");
    }
}
