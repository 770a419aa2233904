package org.partyoffice.documents.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.partyoffice.documents.api.Document;
import org.partyoffice.documents.api.DocumentQuery;
import org.partyoffice.documents.api.NewIncoming;
import org.partyoffice.documents.api.Urgency;
import org.partyoffice.platform.api.AuditQuery;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.EntityNotFoundException;

class NumberingAndClearanceTest extends OfficeTest {


    @Test
    void numbersRunPerTypeAndSecretDocumentsShareTheirTypesSequence() {
        assertEquals("01-NQ/TU", drafts.promulgated("NQ", "thứ nhất", Clearance.UNCLASSIFIED).symbol());
        assertEquals("02-NQ/TU", drafts.promulgated("NQ", "thứ hai, Tuyệt mật", Clearance.TUYET_MAT).symbol());
        assertEquals("01-CT/TU", drafts.promulgated("CT", "chỉ thị đầu tiên", Clearance.UNCLASSIFIED).symbol());
        assertEquals("03-NQ/TU", drafts.promulgated("NQ", "thứ ba, Mật", Clearance.MAT).symbol());
    }

    @Test
    void aNewTermRestartsTheNumbers() {
        drafts.promulgated("NQ", "nhiệm kỳ cũ", Clearance.UNCLASSIFIED);
        f.asAdmin(() -> f.registers.saveRegister(new org.partyoffice.documents.api.Register(f.province.id(), "TU",
                org.partyoffice.documents.api.NumberingPolicy.TERM, "2030-2035")));
        Document next = drafts.promulgated("NQ", "nhiệm kỳ mới", Clearance.UNCLASSIFIED);
        assertEquals("01-NQ/TU", next.symbol());
        assertEquals("2030-2035", next.period());
        assertEquals(2, f.as(Fixture.CLERK, () -> f.documents.list(new DocumentQuery(null, null, null, null, null, 0, 10)))
                .total());
    }

    @Test
    void fiftyConcurrentPromulgationsGetFiftyConsecutiveNumbers() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ids.add(drafts.signed("TB", "Thông báo số " + i, Clearance.UNCLASSIFIED).id());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Document>> results = new ArrayList<>();
            for (long id : ids) {
                Callable<Document> promulgate = () -> f.as(Fixture.CLERK, () -> f.documents.promulgate(id, null));
                results.add(pool.submit(promulgate));
            }
            Set<Long> numbers = new TreeSet<>();
            for (Future<Document> r : results) {
                numbers.add(r.get().number());
            }
            Set<Long> expected = new TreeSet<>();
            for (long n = 1; n <= 50; n++) {
                expected.add(n);
            }
            assertEquals(expected, numbers);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReaderBelowTheLevelNeverSeesTheDocumentOnAnyReadPath() {
        Document open = drafts.promulgated("NQ", "về chuyển đổi số", Clearance.UNCLASSIFIED);
        Document secret = drafts.promulgated("NQ", "Nghị quyết Tuyệt mật về quốc phòng", Clearance.TUYET_MAT);
        Document confidential = drafts.promulgated("NQ", "Nghị quyết Mật về nhân sự", Clearance.MAT);

        // find / get / by symbol / versions / timeline / open
        assertTrue(f.as(Fixture.VIEWER, () -> f.documents.find(secret.id())).isEmpty());
        assertThrows(EntityNotFoundException.class, () -> f.as(Fixture.VIEWER, () -> f.documents.get(secret.id())));
        assertTrue(f.as(Fixture.VIEWER, () -> f.documents.findBySymbol(secret.symbol(), null)).isEmpty());
        assertThrows(EntityNotFoundException.class, () -> f.as(Fixture.VIEWER, () -> f.documents.versions(secret.id())));
        assertThrows(EntityNotFoundException.class, () -> f.as(Fixture.VIEWER, () -> f.documents.timeline(secret.id())));
        assertThrows(EntityNotFoundException.class, () -> f.as(Fixture.VIEWER, () -> f.documents.open(secret.id(), 1)));
        // lists and counts
        var page = f.as(Fixture.VIEWER, () -> f.documents.list(DocumentQuery.all(100)));
        assertEquals(1, page.total());
        assertEquals(List.of(open.id()), page.items().stream().map(Document::id).toList());
        assertEquals(2, f.as(Fixture.VIEWER_MAT, () -> f.documents.list(DocumentQuery.all(100))).total());
        assertEquals(3, f.as(Fixture.SIGNER, () -> f.documents.list(DocumentQuery.all(100))).total());
        // search (without the index: the table)
        assertEquals(0, f.as(Fixture.VIEWER, () -> f.documents.search("Nghị quyết", 0, 10)).total());
        assertEquals(1, f.as(Fixture.VIEWER_MAT, () -> f.documents.search("Nghị quyết", 0, 10)).total());
        // exports
        String csv = new String(f.as(Fixture.VIEWER, () -> f.registers.exportCsv(f.province.id(), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31))), StandardCharsets.UTF_8);
        assertTrue(csv.contains("01-NQ/TU"));
        assertFalse(csv.contains("02-NQ/TU"), csv);
        assertFalse(csv.contains("quốc phòng"), csv);
        // the dashboard
        DocumentsDashboard dashboard = new DocumentsDashboard(f.tx, f.access, f.clock);
        long promulgated = f.as(Fixture.VIEWER, () -> dashboard.figures("vi")).stream()
                .filter(x -> x.key().equals("documents.promulgated.month")).findFirst().orElseThrow().value();
        assertEquals(1, promulgated);
        // the signer reads the secret one, and that read is audited
        assertEquals(secret.id(), f.as(Fixture.SIGNER, () -> f.documents.get(secret.id())).id());
        assertTrue(f.asAdmin(() -> f.audit.query(new AuditQuery(Fixture.SIGNER, "documents", "document.read",
                Long.toString(secret.id()), null, null, 10))).size() >= 1);
        assertTrue(f.asAdmin(() -> f.audit.query(new AuditQuery(Fixture.VIEWER_MAT, "documents", "document.list", null, null,
                null, 10))).stream().anyMatch(e -> e.objectId().equals(Long.toString(confidential.id()))));
    }

    @Test
    void anotherProvinceDoesNotSeeTheseDocumentsButARecipientDoes() {
        Document d = drafts.promulgated("CT", "về phòng chống thiên tai", Clearance.UNCLASSIFIED);
        assertEquals(0, f.as("ngoai.tinh", () -> f.documents.list(DocumentQuery.all(10))).total());
        assertTrue(f.as("ngoai.tinh", () -> f.documents.find(d.id())).isEmpty());

        var received = f.as(Fixture.CLERK, () -> f.documents.distribute(d.id(), List.of(f.otherProvince.id(), f.commune.id())));
        assertEquals(2, received.size());
        assertEquals(1, received.get(0).arrivalNumber());
        assertEquals("01-CT/TU", received.get(0).originalSymbol());
        assertEquals("Tỉnh ủy Lào Cai", received.get(0).sender());
        assertTrue(f.as("ngoai.tinh", () -> f.documents.find(d.id())).isPresent(), "a recipient sees what it received");
        assertEquals(1, f.as("ngoai.tinh", () -> f.incoming.list(f.otherProvince.id(), 2026, 10)).size());
        assertTrue(f.as(Fixture.CLERK, () -> f.documents.distribute(d.id(), List.of(f.commune.id()))).isEmpty(),
                "a unit receives a document once");
    }

    @Test
    void afterAMergeTheNewUnitsStaffCarryOnTheOldUnitsDocuments() {
        Document old = f.as(Fixture.COMMUNE_CLERK, () -> f.documents.createDraft(new org.partyoffice.documents.api.NewDraft(
                f.commune.id(), "NQ", "Nghị quyết của xã trước sáp nhập", Clearance.UNCLASSIFIED, Urgency.NORMAL)));
        org.partyoffice.platform.api.Unit other = f.asAdmin(() -> f.organisation.create(new org.partyoffice.platform.api.NewUnit(
                "000.10.02.H37", "Đảng ủy xã Quang Kim", org.partyoffice.platform.api.UnitType.COMMUNE, f.province.id(),
                LocalDate.of(2025, 7, 1))));
        var merge = f.asAdmin(() -> f.organisation.merge(List.of(f.commune.id(), other.id()),
                new org.partyoffice.platform.api.NewUnit("000.10.09.H37", "Đảng ủy xã Bát Xát mới",
                        org.partyoffice.platform.api.UnitType.COMMUNE, f.province.id(), LocalDate.now())));
        f.asAdmin(() -> f.accounts.update(Fixture.COMMUNE_CLERK, new org.partyoffice.platform.api.AccountChange(
                Fixture.COMMUNE_CLERK, "Hà Văn Thư Xã", null, Set.of("office-staff"), Clearance.TUYET_MAT,
                merge.merged().id(), true)));
        assertTrue(f.as(Fixture.COMMUNE_CLERK, () -> f.documents.find(old.id())).isPresent(),
                "the merged commune's clerk still sees the old commune's draft");
        assertEquals(1, f.as(Fixture.COMMUNE_CLERK, () -> f.documents.list(DocumentQuery.all(10))).total());
    }

    @Test
    void theIncomingRegisterNumbersArrivalsPerYearAndUnit() {
        var first = f.as(Fixture.COMMUNE_CLERK, () -> f.incoming.register(new NewIncoming(f.commune.id(), "Ban Tổ chức Trung ương",
                "15-HD/BTCTW", LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 1), "Hướng dẫn về công tác cán bộ",
                Clearance.MAT, Urgency.HOA_TOC)));
        var second = f.as(Fixture.COMMUNE_CLERK, () -> f.incoming.register(new NewIncoming(f.commune.id(), "Tỉnh ủy Lào Cai",
                null, null, LocalDate.of(2026, 3, 2), "Công văn về lịch họp", null, null)));
        var nextYear = f.as(Fixture.COMMUNE_CLERK, () -> f.incoming.register(new NewIncoming(f.commune.id(), "Tỉnh ủy",
                null, null, LocalDate.of(2025, 12, 30), "Công văn cuối năm", null, null)));
        assertEquals(1, first.arrivalNumber());
        assertEquals(2, second.arrivalNumber());
        assertEquals(1, nextYear.arrivalNumber(), "arrival numbers restart each year");
        var assigned = f.as(Fixture.COMMUNE_CLERK, () -> f.incoming.assign(first.id(), f.commune.id(), Fixture.COMMUNE_CLERK,
                LocalDate.of(2026, 3, 10)));
        assertEquals(org.partyoffice.documents.api.IncomingStatus.ASSIGNED, assigned.status());
        assertEquals("handlerLogin", assertThrows(org.partyoffice.platform.api.InvalidInputException.class,
                () -> f.as(Fixture.COMMUNE_CLERK, () -> f.incoming.assign(first.id(), null, "khong.co", null))).field());
        assertEquals("originalDate", assertThrows(org.partyoffice.platform.api.InvalidInputException.class,
                () -> f.as(Fixture.COMMUNE_CLERK, () -> f.incoming.register(new NewIncoming(f.commune.id(), "A", null,
                        LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 1), "tiêu đề", null, null)))).field());
        assertEquals(2, f.as(Fixture.COMMUNE_CLERK, () -> f.incoming.list(f.commune.id(), 2026, 10)).size());
        assertEquals(1, f.as(Fixture.VIEWER, () -> f.incoming.list(f.commune.id(), 2026, 10)).size(),
                "the Mật entry is hidden from an unclassified reader");
    }
}
