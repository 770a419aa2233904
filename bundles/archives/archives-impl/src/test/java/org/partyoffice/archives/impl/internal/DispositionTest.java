package org.partyoffice.archives.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyoffice.archives.api.ArchiveEvents;
import org.partyoffice.archives.api.Dossier;
import org.partyoffice.archives.api.DossierQuery;
import org.partyoffice.archives.api.DossierStatus;
import org.partyoffice.archives.api.Fonds;
import org.partyoffice.archives.api.Item;
import org.partyoffice.archives.api.NewDossier;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.InvalidInputException;

/** Retention, the disposition queue, legal holds, approved destruction and transfer. */
class DispositionTest {

    @TempDir
    Path temp;
    Fixture f;
    Fonds fonds;

    @BeforeEach
    void setUp() {
        f = new Fixture(temp);
        fonds = f.as(Fixture.ARCHIVIST, () -> f.archive.fondsOf(f.province.id()));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private Dossier closedDossier(String code, String retention, String fileText) {
        return f.as(Fixture.ARCHIVIST, () -> {
            Dossier d = f.archive.createDossier(new NewDossier(fonds.id(), null, code, "Hồ sơ " + code, null, null,
                    retention, Clearance.UNCLASSIFIED));
            f.archive.addItem(d.id(), "Công văn " + code, LocalDate.of(2026, 1, 5), Clearance.UNCLASSIFIED,
                    List.of(Fixture.text(code + ".txt", fileText)));
            return f.archive.close(d.id());
        });
    }

    @Test
    void aDossierIsDueWhenItsPeriodHasPassedSinceItClosed() {
        Dossier tenYears = closedDossier("HS-10N", "10N", "mười năm");
        closedDossier("HS-VV", "VV", "vĩnh viễn");

        assertTrue(f.as(Fixture.ARCHIVIST, () -> f.disposition.queue(LocalDate.of(2036, 3, 1))).isEmpty());
        List<Dossier> due = f.as(Fixture.ARCHIVIST, () -> f.disposition.queue(LocalDate.of(2036, 3, 2)));
        assertEquals(List.of(tenYears.id()), due.stream().map(Dossier::id).toList());
    }

    @Test
    void destructionNeedsTheApproverRemovesFilesNoOtherDossierHoldsAndKeepsTheRecord() {
        Dossier d = closedDossier("HS-5N", "5N", "bản sao chung");
        Dossier keeper = closedDossier("HS-GIU", "VV", "bản sao chung");
        Dossier other = closedDossier("HS-5N-B", "5N", "chỉ hồ sơ này");
        String shared = f.as(Fixture.ARCHIVIST, () -> f.archive.items(d.id())).get(0).files().get(0).sha256();
        String own = f.as(Fixture.ARCHIVIST, () -> f.archive.items(other.id())).get(0).files().get(0).sha256();
        f.clock.advance(Duration.ofDays(5 * 366));

        assertThrows(AccessDeniedException.class, () -> f.as(Fixture.ARCHIVIST, () -> f.disposition.destroy(d.id(), "QĐ 1")));
        var decision = assertThrows(InvalidInputException.class, () -> f.as(Fixture.SECRETARY, () -> f.disposition.destroy(d.id(), " ")));
        assertEquals("decision", decision.field());

        var record = f.as(Fixture.SECRETARY, () -> f.disposition.destroy(d.id(), "Quyết định 12-QĐ/VPTU về hủy tài liệu hết giá trị"));
        f.as(Fixture.SECRETARY, () -> f.disposition.destroy(other.id(), "Quyết định 12-QĐ/VPTU"));

        assertEquals(DossierStatus.DESTROYED, f.as(Fixture.ARCHIVIST, () -> f.archive.getDossier(d.id())).status());
        assertEquals(0, f.as(Fixture.ARCHIVIST, () -> f.archive.items(d.id())).size());
        assertTrue(f.archiveFiles.area().contains(shared), "the file another dossier holds stays");
        assertFalse(f.archiveFiles.area().contains(own), "the file only the destroyed dossier held is gone");
        assertEquals(1, f.as(Fixture.ARCHIVIST, () -> f.archive.items(keeper.id())).size());
        assertEquals(0, record.files(), "the shared file was not counted as removed");
        assertEquals(Fixture.SECRETARY, record.approvedBy());
        assertEquals(2, f.as(Fixture.VIEWER, () -> f.disposition.destructions()).size());
        assertTrue(f.topics.contains(ArchiveEvents.DESTROYED));
    }

    @Test
    void aLegalHoldBlocksDestructionUntilReleased() {
        Dossier d = closedDossier("HS-HOLD", "5N", "tranh chấp");
        f.clock.advance(Duration.ofDays(6 * 366));
        f.as(Fixture.ARCHIVIST, () -> f.disposition.hold(d.id(), "Đang thanh tra theo Quyết định 7-QĐ/UBKT"));

        assertTrue(f.as(Fixture.ARCHIVIST, () -> f.disposition.queue(null)).isEmpty());
        Dossier free = closedDossier("HS-FREE", "5N", "không tranh chấp");
        var onHold = f.as(Fixture.ARCHIVIST, () -> f.archive.dossiers(new DossierQuery(null, null, null, null, true, 0, 50)));
        assertEquals(List.of(d.id()), onHold.items().stream().map(Dossier::id).toList());
        assertEquals(1, onHold.total());
        var notOnHold = f.as(Fixture.ARCHIVIST, () -> f.archive.dossiers(new DossierQuery(null, null, null, null, false, 0, 50)));
        assertTrue(notOnHold.items().stream().anyMatch(x -> x.id() == free.id()));
        assertFalse(notOnHold.items().stream().anyMatch(x -> x.id() == d.id()));
        var blocked = assertThrows(ConflictException.class, () -> f.as(Fixture.SECRETARY, () -> f.disposition.destroy(d.id(), "QĐ 2")));
        assertEquals("legalHold", blocked.field());
        assertEquals(1, f.as(Fixture.ARCHIVIST, () -> f.archive.items(d.id())).size());

        f.as(Fixture.ARCHIVIST, () -> f.disposition.release(d.id(), "Kết thúc thanh tra"));
        assertEquals(1, f.as(Fixture.ARCHIVIST, () -> f.disposition.queue(null)).size());
    }

    @Test
    void notYetDueAndPermanentDossiersAreRefusedWithTheRule() {
        Dossier young = closedDossier("HS-TRE", "20N", "chưa hết hạn");
        Dossier permanent = closedDossier("HS-VV2", "VV", "vĩnh viễn");
        var e = assertThrows(ConflictException.class, () -> f.as(Fixture.SECRETARY, () -> f.disposition.destroy(young.id(), "QĐ")));
        assertEquals("retention", e.field());
        assertTrue(e.getMessage().contains("2046"), e.getMessage());
        assertThrows(ConflictException.class, () -> f.as(Fixture.SECRETARY, () -> f.disposition.destroy(permanent.id(), "QĐ")));
    }

    @Test
    void aTransferWritesTheBagAndTheDossierTakesNoMoreItems() {
        Dossier d = closedDossier("HS-NOP", "VV", "nộp lưu");
        var record = f.as(Fixture.SECRETARY, () -> f.disposition.transfer(d.id(), "Kho Lưu trữ lịch sử Tỉnh ủy", temp.resolve("out")));

        assertTrue(Files.isRegularFile(Path.of(record.packagePath()).resolve("manifest-sha256.txt")));
        assertEquals(DossierStatus.TRANSFERRED, f.as(Fixture.ARCHIVIST, () -> f.archive.getDossier(d.id())).status());
        var e = assertThrows(ConflictException.class, () -> f.as(Fixture.ARCHIVIST,
                () -> f.archive.addItem(d.id(), "Muộn", null, Clearance.UNCLASSIFIED, List.<org.partyoffice.archives.api.NewFile>of())));
        assertEquals("status", e.field());
    }

    @Test
    void theHistoricalArchiveTakesCustodyTheOfficeKeepsTheRecordAndTheListAndFilesOthersHoldStay() throws Exception {
        Dossier d = closedDossier("HS-NOP-2", "VV", "bản sao chung với hồ sơ giữ lại");
        Dossier keeper = closedDossier("HS-GIU-2", "VV", "bản sao chung với hồ sơ giữ lại");
        Dossier alone = f.as(Fixture.ARCHIVIST, () -> {
            Dossier x = f.archive.createDossier(new NewDossier(fonds.id(), null, "HS-NOP-3", "Hồ sơ Đại hội nộp lưu", null, null,
                    "VV", Clearance.UNCLASSIFIED));
            f.archive.addItem(x.id(), "Biên bản kiểm phiếu", LocalDate.of(2026, 1, 6), Clearance.UNCLASSIFIED,
                    List.of(Fixture.text("bien-ban.txt", "Biên bản kiểm phiếu bầu Ban Chấp hành")));
            return f.archive.close(x.id());
        });
        String shared = f.as(Fixture.ARCHIVIST, () -> f.archive.items(d.id())).get(0).files().get(0).sha256();
        String own = f.as(Fixture.ARCHIVIST, () -> f.archive.items(alone.id())).get(0).files().get(0).sha256();

        f.as(Fixture.SECRETARY, () -> f.disposition.transfer(d.id(), "Kho Lưu trữ lịch sử Tỉnh ủy", temp.resolve("out")));
        var record = f.as(Fixture.SECRETARY, () -> f.disposition.transfer(alone.id(), "Kho Lưu trữ lịch sử Tỉnh ủy",
                temp.resolve("out")));

        // the package carries the files, verified, before the office let its copies go
        Path bag = Path.of(record.packagePath());
        assertTrue(Files.readString(bag.resolve("manifest-sha256.txt")).contains(own));
        assertFalse(f.archiveFiles.area().contains(own), "the file only the transferred dossier held left with it");
        assertTrue(f.archiveFiles.area().contains(shared), "the file another dossier holds stays");
        assertEquals(1, f.as(Fixture.ARCHIVIST, () -> f.archive.items(keeper.id())).get(0).files().size());
        // the office keeps the dossier, its transfer record and the list of what went, without files
        Dossier transferred = f.as(Fixture.ARCHIVIST, () -> f.archive.getDossier(alone.id()));
        assertEquals(DossierStatus.TRANSFERRED, transferred.status());
        assertEquals(1, transferred.itemCount());
        assertEquals(0, transferred.fileCount());
        var items = f.as(Fixture.ARCHIVIST, () -> f.archive.items(alone.id()));
        assertEquals(List.of("Biên bản kiểm phiếu"), items.stream().map(Item::title).toList());
        assertTrue(items.get(0).files().isEmpty());
        // the fixity sweep no longer answers for files the office does not keep: nothing is reported lost
        var report = f.as(Fixture.ARCHIVIST, () -> f.fixity.sweep());
        assertEquals(0, report.failures().size());
        var again = assertThrows(ConflictException.class, () -> f.as(Fixture.ARCHIVIST,
                () -> f.bags.exportDossier(alone.id(), temp.resolve("again"))));
        assertEquals("status", again.field());
        assertTrue(f.topics.contains(ArchiveEvents.TRANSFERRED));
    }

    @Test
    void aPackageMissingAFileStopsTheTransferAndTheOfficeKeepsEverything() throws Exception {
        Dossier d = closedDossier("HS-NOP-4", "VV", "tài liệu nộp lưu bị thiếu");
        Item item = f.as(Fixture.ARCHIVIST, () -> f.archive.items(d.id())).get(0);
        Path broken = temp.resolve("broken");
        Path bag = f.as(Fixture.SECRETARY, () -> f.bags.export(d.id(), broken));
        Item lying = new Item(item.id(), item.dossierId(), item.title(), item.date(), item.source(), item.sourceId(),
                item.classification(), List.of(new org.partyoffice.archives.api.StoredFile("0".repeat(64), "khac.txt",
                        "text/plain", 3)));

        var e = assertThrows(ConflictException.class, () -> f.bags.checkTransferPackage(bag, List.of(lying)));
        assertEquals("bag", e.field());
        f.bags.checkTransferPackage(bag, List.of(item));
        assertEquals(DossierStatus.CLOSED, f.as(Fixture.ARCHIVIST, () -> f.archive.getDossier(d.id())).status());
        assertTrue(f.archiveFiles.area().contains(item.files().get(0).sha256()));
    }
}
