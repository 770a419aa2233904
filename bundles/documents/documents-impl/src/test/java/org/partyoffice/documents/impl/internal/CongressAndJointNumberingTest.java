package org.partyoffice.documents.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.partyoffice.documents.api.CongressRegister;
import org.partyoffice.documents.api.Document;
import org.partyoffice.documents.api.Promulgation;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.testkit.PlatformFixture;

/** The two numbering rules beyond a type's own sequence: a Congress's one sequence, and joint documents. */
class CongressAndJointNumberingTest extends OfficeTest {

    // The fixture's today is 2026-03-02.
    private static final LocalDate PREPARATORY = LocalDate.of(2026, 2, 27);
    private static final LocalDate CLOSING = LocalDate.of(2026, 3, 2);


    private CongressRegister congress() {
        return f.as(Fixture.CLERK, () -> f.registers.saveCongress(new CongressRegister(0, f.province.id(),
                "Đại hội đại biểu Đảng bộ tỉnh Lào Cai lần thứ XVI", null, null, PREPARATORY, CLOSING)));
    }

    private Document promulgate(Document signed, Promulgation how) {
        return f.as(Fixture.CLERK, () -> f.documents.promulgateWith(signed.id(), how));
    }

    private Document inCongress(CongressRegister congress, String type, String title, LocalDate day) {
        return promulgate(drafts.signed(type, title, Clearance.UNCLASSIFIED), new Promulgation(day, congress.id(), null));
    }

    @Test
    void everyTypeOfACongressSharesOneSequenceFromThePreparatorySessionToTheClosing() {
        CongressRegister congress = congress();
        assertEquals("ĐH", congress.issuer());
        assertEquals("ĐH-2026", congress.period());

        assertEquals("01-NQ/ĐH", inCongress(congress, "NQ", "Nghị quyết phiên trù bị", PREPARATORY).symbol());
        assertEquals("02-BB/ĐH", inCongress(congress, "BB", "Biên bản kiểm phiếu", LocalDate.of(2026, 2, 28)).symbol());
        Document resolution = inCongress(congress, "NQ", "Nghị quyết Đại hội", CLOSING);
        assertEquals("03-NQ/ĐH", resolution.symbol());
        assertEquals("ĐH-2026", resolution.period());
        // The committee's own register runs on untouched, in its term.
        Document own = drafts.promulgated("NQ", "Nghị quyết của Tỉnh ủy", Clearance.UNCLASSIFIED);
        assertEquals("01-NQ/TU", own.symbol());
        assertEquals("2025-2030", own.period());

        assertEquals(resolution.id(), f.as(Fixture.VIEWER, () -> f.documents.findBySymbol("03-NQ/ĐH", "ĐH-2026"))
                .orElseThrow().id());
        assertTrue(f.as(Fixture.CLERK, () -> f.documents.timeline(resolution.id())).stream()
                .anyMatch(t -> t.detail() != null && t.detail().contains("03-NQ/ĐH (ĐH-2026)")));
        assertEquals(List.of(congress), f.as(Fixture.VIEWER, () -> f.registers.congresses(f.province.id())));
    }

    @Test
    void aCongressNumberIsRefusedOutsideItsDaysOrForAnotherUnitAndNoNumberIsSpent() {
        CongressRegister congress = congress();
        Document signed = drafts.signed("NQ", "Nghị quyết muộn", Clearance.UNCLASSIFIED);
        InvalidInputException late = assertThrows(InvalidInputException.class,
                () -> promulgate(signed, new Promulgation(PREPARATORY.minusDays(1), congress.id(), null)));
        assertEquals("date", late.field());
        assertTrue(late.getMessage().contains("Đại hội đại biểu"), late.getMessage());

        CongressRegister other = f.asAdmin(() -> f.registers.saveCongress(new CongressRegister(0, f.otherProvince.id(),
                "Đại hội Đảng bộ tỉnh Lai Châu", null, null, PREPARATORY, CLOSING)));
        InvalidInputException foreign = assertThrows(InvalidInputException.class,
                () -> promulgate(signed, new Promulgation(CLOSING, other.id(), null)));
        assertEquals("congressId", foreign.field());

        assertEquals("01-NQ/ĐH", promulgate(signed, new Promulgation(CLOSING, congress.id(), null)).symbol());
    }

    @Test
    void congressRegistersAreCheckedAndNumbersGivenStayRight() {
        CongressRegister congress = congress();
        assertEquals("opensOn", assertThrows(ConflictException.class, () -> f.as(Fixture.CLERK, () -> f.registers.saveCongress(
                new CongressRegister(0, f.province.id(), "Đại hội bất thường", null, "ĐH-BT", CLOSING, CLOSING)))).field());
        assertEquals("period", assertThrows(ConflictException.class, () -> f.as(Fixture.CLERK, () -> f.registers.saveCongress(
                new CongressRegister(0, f.province.id(), "Đại hội khác", null, "ĐH-2026", LocalDate.of(2026, 1, 5),
                        LocalDate.of(2026, 1, 6))))).field());
        assertEquals("closesOn", assertThrows(InvalidInputException.class, () -> f.as(Fixture.CLERK, () -> f.registers
                .saveCongress(new CongressRegister(0, f.province.id(), "Đại hội", null, null, CLOSING, PREPARATORY)))).field());
        assertEquals("period", assertThrows(InvalidInputException.class, () -> f.as(Fixture.CLERK, () -> f.registers
                .saveCongress(new CongressRegister(0, f.province.id(), "Đại hội", null, "2026", CLOSING, CLOSING)))).field());
        assertThrows(Exception.class, () -> f.as(Fixture.VIEWER, () -> f.registers.saveCongress(congress)));

        inCongress(congress, "NQ", "Nghị quyết ngày 28", LocalDate.of(2026, 2, 28));
        CongressRegister renamed = new CongressRegister(congress.id(), congress.unitId(), "Đại hội XVI (đổi tên)",
                congress.issuer(), congress.period(), congress.opensOn(), congress.closesOn());
        assertEquals(renamed, f.as(Fixture.CLERK, () -> f.registers.saveCongress(renamed)));
        assertEquals("opensOn", assertThrows(ConflictException.class, () -> f.as(Fixture.CLERK, () -> f.registers.saveCongress(
                new CongressRegister(congress.id(), congress.unitId(), congress.name(), null, congress.period(), CLOSING,
                        CLOSING)))).field());
        assertEquals("period", assertThrows(ConflictException.class, () -> f.as(Fixture.CLERK, () -> f.registers.saveCongress(
                new CongressRegister(congress.id(), congress.unitId(), congress.name(), null, "ĐH-XVI", PREPARATORY,
                        CLOSING)))).field());
    }

    @Test
    void concurrentCongressPromulgationsOfMixedTypesGetConsecutiveNumbers() throws Exception {
        CongressRegister congress = congress();
        String[] types = {"NQ", "BB", "BC", "TB", "QĐ"};
        List<Document> signed = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            signed.add(drafts.signed(types[i % types.length], "Văn bản Đại hội số " + i, Clearance.UNCLASSIFIED));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Document>> results = new ArrayList<>();
            for (Document d : signed) {
                results.add(pool.submit(() -> promulgate(d, new Promulgation(CLOSING, congress.id(), null))));
            }
            Set<Long> numbers = new TreeSet<>();
            for (Future<Document> r : results) {
                Document d = r.get();
                numbers.add(d.number());
                assertTrue(d.symbol().endsWith("/ĐH"), d.symbol());
            }
            assertEquals(new TreeSet<>(LongStream.rangeClosed(1, 20).boxed().toList()), numbers);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aJointDocumentTakesTheLeadBodysNumberAndNamesTheOtherBodies() {
        Document joint = promulgate(drafts.signed("HD", "Hướng dẫn liên tịch về công tác dân vận", Clearance.UNCLASSIFIED),
                new Promulgation(null, null, List.of("UBND", " MTTQ ")));
        assertEquals("01-HDLT/TU-UBND-MTTQ", joint.symbol());
        assertEquals(1L, joint.number());
        assertEquals("02-HD/TU", drafts.promulgated("HD", "Hướng dẫn của Tỉnh ủy", Clearance.UNCLASSIFIED).symbol());

        Document signed = drafts.signed("HD", "Hướng dẫn liên tịch khác", Clearance.UNCLASSIFIED);
        for (List<String> bad : List.of(List.of("TU"), List.of("UBND", "UBND"), List.of("1UB"), List.of("A", "B", "C", "D", "E", "G"))) {
            assertEquals("jointIssuers", assertThrows(InvalidInputException.class,
                    () -> promulgate(signed, new Promulgation(null, null, bad))).field(), bad.toString());
        }
        assertEquals("03-HDLT/TU-BTG", promulgate(signed, new Promulgation(null, null, List.of("BTG"))).symbol());
    }

    @Test
    void settingsChangeInPlace() {
        f.documents.apply(PlatformFixture.config(JdbcDocumentService.Config.class,
                Map.of("maxFileMegabytes", 1, "jointTypeSuffix", "")));
        Document joint = promulgate(drafts.signed("CT", "Chỉ thị liên tịch", Clearance.UNCLASSIFIED),
                new Promulgation(null, null, List.of("UBND")));
        assertEquals("01-CT/TU-UBND", joint.symbol());
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> f.documents.apply(
                PlatformFixture.config(JdbcDocumentService.Config.class, Map.of("jointTypeSuffix", "L1"))));
        assertTrue(wrong.getMessage().contains("jointTypeSuffix"), wrong.getMessage());
    }
}
