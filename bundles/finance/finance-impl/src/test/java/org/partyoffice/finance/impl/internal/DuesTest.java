package org.partyoffice.finance.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyoffice.finance.api.DuesPayment;
import org.partyoffice.finance.api.DuesRule;
import org.partyoffice.finance.api.DuesStatus;
import org.partyoffice.finance.api.Member;
import org.partyoffice.finance.api.Posting;
import org.partyoffice.finance.api.Remittance;
import org.partyoffice.finance.api.TrialBalanceLine;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.InvalidInputException;

class DuesTest {

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
    void monthlyDuesFollowTheCategorysRule() {
        Member salaried = f.as(Fixture.COMMUNE_ACCOUNTANT, () -> f.dues.addMember(f.cell.id(), "Hoàng Văn Lương", "LUONG",
                8_450_000, YearMonth.of(2026, 1)));
        Member retired = f.as(Fixture.COMMUNE_ACCOUNTANT, () -> f.dues.addMember(f.cell.id(), "Vàng Thị Hưu", "huu_tri",
                5_300_000, YearMonth.of(2026, 1)));
        Member student = f.as(Fixture.COMMUNE_ACCOUNTANT, () -> f.dues.addMember(f.cell.id(), "Sùng A Sinh", "SINH_VIEN", 0,
                YearMonth.of(2026, 1)));
        assertEquals(85_000, f.as(Fixture.VIEWER, () -> f.dues.monthlyDues(salaried.id())), "1% of 8,450,000 is 84,500, rounded half up to 85,000");
        assertEquals(27_000, f.as(Fixture.VIEWER, () -> f.dues.monthlyDues(retired.id())), "0.5% of 5,300,000 is 26,500 → 27,000");
        assertEquals(3_000, f.as(Fixture.VIEWER, () -> f.dues.monthlyDues(student.id())));
        assertEquals(84_500, DuesRules.monthly(new DuesRule("LUONG", 100, null), 8_450_000, 1));
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> f.as(Fixture.COMMUNE_ACCOUNTANT,
                () -> f.dues.addMember(f.cell.id(), "Ai Đó", "BAN_DOC", 0, null)));
        assertEquals("category", unknown.field());
    }

    @Test
    void configuredRulesReplaceTheDefaults() {
        f.close();
        f = new Fixture(temp, Map.of("duesRules", "LUONG=2%,KHAC=20000", "duesRoundingVnd", 100L));
        Member m = f.as(Fixture.COMMUNE_ACCOUNTANT, () -> f.dues.addMember(f.cell.id(), "Giàng A Lương", "LUONG", 7_777_000, null));
        assertEquals(155_500, f.as(Fixture.VIEWER, () -> f.dues.monthlyDues(m.id())), "2% of 7,777,000 = 155,540 → 155,500");
        assertEquals(2, f.dues.rules().size());
    }

    @Test
    void collectionPostsTheShareKeptAndOwedAndRemittancePostsAtBothLevels() {
        Member m = f.as(Fixture.COMMUNE_ACCOUNTANT, () -> f.dues.addMember(f.cell.id(), "Hoàng Văn Lương", "LUONG", 10_000_000,
                YearMonth.of(2026, 1)));
        DuesPayment p = f.as(Fixture.COMMUNE_ACCOUNTANT, () -> f.dues.collect(m.id(), YearMonth.of(2026, 1), 100_000,
                LocalDate.of(2026, 1, 20)));
        assertEquals(30_000, p.keptVnd(), "a cell keeps 30%");
        assertEquals(70_000, p.remitVnd());
        assertEquals(List.of(Posting.debit("111", 100_000), Posting.credit("512", 30_000), Posting.credit("3361", 70_000)),
                f.as(Fixture.COMMUNE_ACCOUNTANT, () -> f.ledger.entry(p.journalEntryId())).orElseThrow().postings());
        assertEquals(70_000, f.as(Fixture.COMMUNE_ACCOUNTANT, () -> f.dues.owedUpward(f.cell.id())));

        Remittance cellToCommune = f.as(Fixture.COMMUNE_ACCOUNTANT, () -> f.dues.remit(f.cell.id(), LocalDate.of(2026, 1, 31)));
        assertEquals(f.commune.id(), cellToCommune.toUnitId());
        assertEquals(70_000, cellToCommune.amountVnd());
        assertEquals(List.of(Posting.debit("3361", 70_000), Posting.credit("111", 70_000)), f.as(Fixture.COMMUNE_ACCOUNTANT,
                () -> f.ledger.entry(cellToCommune.fromEntryId())).orElseThrow().postings());
        assertEquals(List.of(Posting.debit("111", 70_000), Posting.credit("512", 35_000), Posting.credit("3361", 35_000)),
                f.as(Fixture.COMMUNE_ACCOUNTANT, () -> f.ledger.entry(cellToCommune.toEntryId())).orElseThrow().postings(),
                "the commune keeps 50% of what it receives and owes the rest");
        assertEquals(0, f.as(Fixture.COMMUNE_ACCOUNTANT, () -> f.dues.owedUpward(f.cell.id())));
        assertEquals(35_000, f.as(Fixture.COMMUNE_ACCOUNTANT, () -> f.dues.owedUpward(f.commune.id())));
        assertThrows(ConflictException.class, () -> f.as(Fixture.COMMUNE_ACCOUNTANT,
                () -> f.dues.remit(f.cell.id(), LocalDate.of(2026, 2, 1))), "nothing more is owed");

        Remittance communeToProvince = f.as(Fixture.COMMUNE_ACCOUNTANT, () -> f.dues.remit(f.commune.id(), LocalDate.of(2026, 2, 5)));
        assertEquals(f.province.id(), communeToProvince.toUnitId());
        assertEquals(2, f.as(Fixture.COMMUNE_ACCOUNTANT, () -> f.dues.remittances(f.commune.id())).size());
        // across the whole province the cash is where it ended up and every book balances
        var tb = f.as(Fixture.ACCOUNTANT, () -> f.ledger.trialBalance(f.province.id(), LocalDate.of(2026, 2, 28), true));
        assertTrue(tb.balanced());
        assertEquals(100_000, line(tb.lines(), "111").balanceVnd());
        assertEquals(-(30_000 + 35_000 + 17_500), line(tb.lines(), "512").balanceVnd());
        assertEquals(-17_500, line(tb.lines(), "3361").balanceVnd(), "the province still owes the centre its share");
    }

    private static TrialBalanceLine line(List<TrialBalanceLine> lines, String account) {
        return lines.stream().filter(l -> l.account().equals(account)).findFirst().orElseThrow();
    }

    @Test
    void theArrearsReportListsWhoStillOwes() {
        Member paidUp = f.as(Fixture.COMMUNE_ACCOUNTANT, () -> f.dues.addMember(f.cell.id(), "Hoàng Văn Đủ", "KHAC", 0,
                YearMonth.of(2026, 1)));
        Member behind = f.as(Fixture.COMMUNE_ACCOUNTANT, () -> f.dues.addMember(f.cell.id(), "Lý Thị Nợ", "KHAC", 0,
                YearMonth.of(2026, 1)));
        Member joinedLate = f.as(Fixture.COMMUNE_ACCOUNTANT, () -> f.dues.addMember(f.commune.id(), "Tẩn Văn Mới", "KHAC", 0,
                YearMonth.of(2026, 3)));
        for (int month = 1; month <= 3; month++) {
            int mo = month;
            f.as(Fixture.COMMUNE_ACCOUNTANT, () -> f.dues.collect(paidUp.id(), YearMonth.of(2026, mo), 10_000, LocalDate.of(2026, 3, 2)));
        }
        f.as(Fixture.COMMUNE_ACCOUNTANT, () -> f.dues.collect(behind.id(), YearMonth.of(2026, 1), 10_000, LocalDate.of(2026, 3, 2)));
        List<DuesStatus> arrears = f.as(Fixture.COMMUNE_ACCOUNTANT, () -> f.dues.arrears(f.commune.id(), YearMonth.of(2026, 1),
                YearMonth.of(2026, 3), true));
        assertEquals(2, arrears.size());
        DuesStatus nợ = arrears.stream().filter(s -> s.memberId() == behind.id()).findFirst().orElseThrow();
        assertEquals(3, nợ.months());
        assertEquals(20_000, nợ.arrearsVnd());
        DuesStatus mới = arrears.stream().filter(s -> s.memberId() == joinedLate.id()).findFirst().orElseThrow();
        assertEquals(1, mới.months());
        assertEquals(10_000, mới.arrearsVnd());
        assertEquals(1, f.as(Fixture.COMMUNE_ACCOUNTANT, () -> f.dues.arrears(f.cell.id(), YearMonth.of(2026, 1),
                YearMonth.of(2026, 3), false)).size(), "without roll-up only the cell's members");
        assertThrows(InvalidInputException.class, () -> f.as(Fixture.COMMUNE_ACCOUNTANT,
                () -> f.dues.collect(joinedLate.id(), YearMonth.of(2026, 2), 10_000, null)), "before the member's first month");
    }
}
