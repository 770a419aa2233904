package org.partyoffice.finance.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyoffice.finance.api.Asset;
import org.partyoffice.finance.api.AssetEventKind;
import org.partyoffice.finance.api.BudgetChangeKind;
import org.partyoffice.finance.api.BudgetLine;
import org.partyoffice.finance.api.JournalEntry;
import org.partyoffice.finance.api.Member;
import org.partyoffice.finance.api.NewAsset;
import org.partyoffice.finance.api.NewEntry;
import org.partyoffice.finance.api.Posting;
import org.partyoffice.finance.api.ReportFormat;
import org.partyoffice.finance.api.ReportKind;
import org.partyoffice.platform.api.NewUnit;
import org.partyoffice.platform.api.UnitMerge;
import org.partyoffice.platform.api.UnitType;

class MergeAndReportsTest {

    @TempDir
    Path temp;
    Fixture f;

    @BeforeEach
    void setUp() {
        f = new Fixture(temp);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void mergedUnitsBooksBudgetsMembersAndAssetsMoveToTheNewUnitWithTheirHistory() {
        var other = f.unit("000.10.02.H37", "Đảng ủy xã Quang Kim", UnitType.COMMUNE, f.province);
        JournalEntry e = f.as(Fixture.ACCOUNTANT, () -> f.ledger.post(new NewEntry(f.commune.id(), LocalDate.of(2026, 3, 2),
                "Nhận kinh phí", null, List.of(Posting.debit("112", 40_000_000), Posting.credit("511", 40_000_000)))));
        f.as(Fixture.ACCOUNTANT, () -> f.ledger.post(new NewEntry(other.id(), LocalDate.of(2026, 3, 2), "Nhận kinh phí", null,
                List.of(Posting.debit("112", 25_000_000), Posting.credit("511", 25_000_000)))));
        BudgetLine line = f.as(Fixture.ACCOUNTANT, () -> f.budgets.estimate(f.commune.id(), 2026, "HOAT_DONG", "Chi thường xuyên",
                90_000_000, null));
        Member m = f.as(Fixture.ACCOUNTANT, () -> f.dues.addMember(f.commune.id(), "Hoàng Văn Lương", "KHAC", 0, null));
        Asset a = f.as(Fixture.ACCOUNTANT, () -> f.assets.register(new NewAsset("TS-XA-01", "Máy in", "THIET_BI", f.commune.id(),
                "Lò Văn Kế Toán Xã", LocalDate.of(2025, 8, 1), 6_000_000, 5)));

        UnitMerge merge = f.asAdmin(() -> f.organisation.merge(List.of(f.commune.id(), other.id()), new NewUnit("000.10.09.H37",
                "Đảng ủy xã Bát Xát mới", UnitType.COMMUNE, f.province.id(), LocalDate.of(2026, 3, 2))));
        long target = merge.merged().id();
        f.merges.move(new long[] {f.commune.id(), other.id()}, target, merge.effective());

        JournalEntry moved = f.as(Fixture.ACCOUNTANT, () -> f.ledger.entry(e.id())).orElseThrow();
        assertEquals(target, moved.unitId());
        assertEquals(f.commune.id(), moved.originUnitId());
        assertEquals(65_000_000, f.as(Fixture.ACCOUNTANT, () -> f.ledger.trialBalance(target, LocalDate.of(2026, 3, 31), false))
                .totalDebitVnd());
        BudgetLine l = f.as(Fixture.ACCOUNTANT, () -> f.budgets.line(line.id())).orElseThrow();
        assertEquals(target, l.unitId());
        assertEquals(BudgetChangeKind.MOVED, f.as(Fixture.ACCOUNTANT, () -> f.budgets.history(line.id())).get(1).kind());
        assertEquals(target, f.as(Fixture.ACCOUNTANT, () -> f.dues.members(target, false)).get(0).unitId());
        var history = f.as(Fixture.ACCOUNTANT, () -> f.assets.history(a.id()));
        assertEquals(AssetEventKind.MOVED, history.get(1).kind());
        assertEquals(f.commune.id(), history.get(1).fromUnitId());
        assertEquals(target, f.as(Fixture.ACCOUNTANT, () -> f.assets.asset(a.id())).orElseThrow().unitId());
        assertEquals(m.id(), f.as(Fixture.ACCOUNTANT, () -> f.dues.members(f.province.id(), true)).get(0).id());
        // delivered twice, the event moves nothing more
        f.merges.move(new long[] {f.commune.id()}, target, merge.effective());
        assertEquals(2, f.as(Fixture.ACCOUNTANT, () -> f.assets.history(a.id())).size());
    }

    @Test
    void reportsRollUpAndExportAsCsvWithBomAndPdfWithVietnamese() throws Exception {
        f.as(Fixture.ACCOUNTANT, () -> f.ledger.post(new NewEntry(f.province.id(), LocalDate.of(2026, 3, 2), "Nhận kinh phí", null,
                List.of(Posting.debit("112", 300_000_000), Posting.credit("511", 300_000_000)))));
        f.as(Fixture.COMMUNE_ACCOUNTANT, () -> f.ledger.post(new NewEntry(f.commune.id(), LocalDate.of(2026, 3, 2), "Nhận kinh phí",
                null, List.of(Posting.debit("112", 40_000_000), Posting.credit("511", 40_000_000)))));
        f.as(Fixture.COMMUNE_ACCOUNTANT, () -> f.dues.addMember(f.cell.id(), "Vàng Thị Nợ", "KHAC", 0, YearMonth.of(2026, 1)));
        f.as(Fixture.ACCOUNTANT, () -> f.assets.register(new NewAsset("TS-2025-001", "Máy tính xách tay", "MAY_TINH",
                f.province.id(), null, LocalDate.of(2025, 7, 15), 30_000_000, 5)));

        List<List<String>> tb = f.as(Fixture.ACCOUNTANT, () -> f.reports.rows(ReportKind.TRIAL_BALANCE, f.province.id(), 2026, true));
        assertEquals(List.of("", "Cộng", "340000000", "340000000", "", ""), tb.get(tb.size() - 1));
        byte[] csv = f.as(Fixture.ACCOUNTANT, () -> f.reports.export(ReportKind.TRIAL_BALANCE, ReportFormat.CSV, f.province.id(),
                2026, true));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFTài khoản,Tên tài khoản,Phát sinh Nợ"), text);
        assertTrue(text.contains("112,\"Tiền gửi ngân hàng, kho bạc\",340000000,0,340000000,0"), text);

        List<List<String>> dues = f.as(Fixture.ACCOUNTANT, () -> f.reports.rows(ReportKind.DUES_COLLECTION, f.province.id(), 2026,
                true));
        assertEquals(List.of("Chi bộ thôn Tả Phời", "Vàng Thị Nợ", "3", "30000", "0", "30000"), dues.get(0));
        List<List<String>> assets = f.as(Fixture.ACCOUNTANT, () -> f.reports.rows(ReportKind.ASSETS, f.province.id(), 2025, false));
        assertEquals("27500000", assets.get(0).get(8), "book value at the end of 2025: five months written off");

        byte[] pdf = f.as(Fixture.ACCOUNTANT, () -> f.reports.export(ReportKind.DUES_COLLECTION, ReportFormat.PDF, f.province.id(),
                2026, true));
        try (var doc = Loader.loadPDF(pdf)) {
            String printed = new PDFTextStripper().getText(doc);
            assertTrue(printed.contains("Tình hình thu nộp đảng phí — Tỉnh ủy Lào Cai"), printed);
            assertTrue(printed.contains("Vàng Thị Nợ"), printed);
        }
    }
}
