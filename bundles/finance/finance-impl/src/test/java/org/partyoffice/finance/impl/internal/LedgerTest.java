package org.partyoffice.finance.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyoffice.finance.api.Account;
import org.partyoffice.finance.api.AccountType;
import org.partyoffice.finance.api.FinanceEvents;
import org.partyoffice.finance.api.JournalEntry;
import org.partyoffice.finance.api.NewEntry;
import org.partyoffice.finance.api.PeriodStatus;
import org.partyoffice.finance.api.Posting;
import org.partyoffice.finance.api.TrialBalance;
import org.partyoffice.finance.api.UnbalancedEntryException;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.AuditQuery;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.InvalidInputException;

class LedgerTest {

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

    private NewEntry grant(long unitId, LocalDate date, long amount) {
        return new NewEntry(unitId, date, "Nhận kinh phí được cấp quý I", "UNC-01",
                List.of(Posting.debit("112", amount), Posting.credit("511", amount)));
    }

    @Test
    void theDefaultChartIsSeededInVietnamese() {
        List<Account> chart = f.as(Fixture.VIEWER, f.ledger::accounts);
        assertTrue(chart.size() >= 20);
        assertEquals("Tiền mặt", f.as(Fixture.VIEWER, () -> f.ledger.account("111")).name());
        assertEquals(AccountType.LIABILITY, f.as(Fixture.VIEWER, () -> f.ledger.account("3361")).type());
        Account added = f.as(Fixture.ACCOUNTANT, () -> f.ledger.saveAccount(
                new Account("6121", "Chi tổ chức Đại hội Đảng bộ", AccountType.EXPENSE, "612", true)));
        assertEquals("612", added.parentCode());
        assertThrows(AccessDeniedException.class, () -> f.as(Fixture.VIEWER, () -> f.ledger.saveAccount(
                new Account("6122", "Chi khác", AccountType.EXPENSE, null, true))));
    }

    @Test
    void aBalancedEntryIsPostedAuditedAndAnnounced() {
        JournalEntry e = f.as(Fixture.ACCOUNTANT, () -> f.ledger.post(grant(f.province.id(), LocalDate.of(2026, 3, 2), 500_000_000)));
        assertEquals(2, e.postings().size());
        assertEquals(f.province.id(), e.unitId());
        assertEquals(Fixture.ACCOUNTANT, e.createdBy());
        assertEquals(FinanceEvents.POSTED, f.posted.topics.get(0));
        assertEquals(1, f.audit.query(new AuditQuery(null, "finance", "entry.post", null, null, null, 10)).size());
        TrialBalance tb = f.as(Fixture.VIEWER, () -> f.ledger.trialBalance(f.province.id(), LocalDate.of(2026, 3, 31), false));
        assertTrue(tb.balanced());
        assertEquals(500_000_000, tb.totalDebitVnd());
        assertEquals(500_000_000, tb.lines().stream().filter(l -> l.account().equals("112")).findFirst().orElseThrow().balanceVnd());
    }

    @Test
    void anUnbalancedEntryIsRefusedNamingTheDifferenceAndNothingIsPosted() {
        UnbalancedEntryException e = assertThrows(UnbalancedEntryException.class, () -> f.as(Fixture.ACCOUNTANT,
                () -> f.ledger.post(new NewEntry(f.province.id(), LocalDate.of(2026, 3, 2), "Chi hội nghị", null,
                        List.of(Posting.debit("612", 12_500_000), Posting.credit("111", 12_000_000))))));
        assertEquals(422, e.status());
        assertEquals("postings", e.field());
        assertEquals(500_000, e.differenceVnd());
        assertTrue(e.getMessage().contains("differ by 500000 VND"), e.getMessage());
        assertEquals(0, f.as(Fixture.ACCOUNTANT, () -> f.ledger.journal(f.province.id(), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31))).size());
        assertTrue(f.audit.query(new AuditQuery(null, "finance", null, null, null, null, 10)).isEmpty());
    }

    @Test
    void badPostingsAreRefusedNamingTheLine() {
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> f.as(Fixture.ACCOUNTANT,
                () -> f.ledger.post(new NewEntry(f.province.id(), LocalDate.of(2026, 3, 2), "Sai tài khoản", null,
                        List.of(Posting.debit("999", 10), Posting.credit("111", 10))))));
        assertEquals("postings[0].account", unknown.field());
        InvalidInputException twoSided = assertThrows(InvalidInputException.class, () -> f.as(Fixture.ACCOUNTANT,
                () -> f.ledger.post(new NewEntry(f.province.id(), LocalDate.of(2026, 3, 2), "Hai bên", null,
                        List.of(new Posting("111", 10, 10, null), Posting.credit("511", 0))))));
        assertEquals("postings[0]", twoSided.field());
        InvalidInputException single = assertThrows(InvalidInputException.class, () -> f.as(Fixture.ACCOUNTANT,
                () -> f.ledger.post(new NewEntry(f.province.id(), LocalDate.of(2026, 3, 2), "Một dòng", null,
                        List.of(Posting.debit("111", 10))))));
        assertEquals("postings", single.field());
    }

    @Test
    void correctionsAreReversalsNeverEdits() {
        JournalEntry wrong = f.as(Fixture.ACCOUNTANT, () -> f.ledger.post(grant(f.province.id(), LocalDate.of(2026, 3, 2), 50_000_000)));
        JournalEntry reversal = f.as(Fixture.ACCOUNTANT, () -> f.ledger.reverse(wrong.id(), LocalDate.of(2026, 3, 3),
                "nhập nhầm số tiền"));
        assertEquals(wrong.id(), reversal.reversesId());
        assertEquals(Posting.credit("112", 50_000_000), reversal.postings().get(0));
        assertEquals(reversal.id(), f.as(Fixture.ACCOUNTANT, () -> f.ledger.entry(wrong.id())).orElseThrow().reversedById());
        TrialBalance tb = f.as(Fixture.ACCOUNTANT, () -> f.ledger.trialBalance(f.province.id(), LocalDate.of(2026, 3, 31), false));
        assertTrue(tb.lines().stream().allMatch(l -> l.balanceVnd() == 0), tb.toString());
        assertEquals(100_000_000, tb.totalDebitVnd(), "both entries stay in the books");
        ConflictException twice = assertThrows(ConflictException.class, () -> f.as(Fixture.ACCOUNTANT,
                () -> f.ledger.reverse(wrong.id(), LocalDate.of(2026, 3, 4), "lần nữa")));
        assertTrue(twice.getMessage().contains("already reversed by entry " + reversal.id()));
        assertThrows(ConflictException.class, () -> f.as(Fixture.ACCOUNTANT,
                () -> f.ledger.reverse(reversal.id(), LocalDate.of(2026, 3, 4), "đảo của đảo")));
        assertTrue(f.posted.topics.contains(FinanceEvents.REVERSED));
    }

    @Test
    void aClosedPeriodTakesNoPostingsUntilAnAdminReopensIt() {
        f.as(Fixture.ACCOUNTANT, () -> f.ledger.closePeriod(f.province.id(), 2026, 2));
        assertEquals(PeriodStatus.CLOSED, f.as(Fixture.VIEWER, () -> f.ledger.fiscalYear(f.province.id(), 2026)).periods().get(1).status());
        InvalidInputException closed = assertThrows(InvalidInputException.class, () -> f.as(Fixture.ACCOUNTANT,
                () -> f.ledger.post(grant(f.province.id(), LocalDate.of(2026, 2, 27), 1_000_000))));
        assertEquals("date", closed.field());
        assertTrue(closed.getMessage().contains("2026-02"), closed.getMessage());
        JournalEntry march = f.as(Fixture.ACCOUNTANT, () -> f.ledger.post(grant(f.province.id(), LocalDate.of(2026, 3, 1), 1_000_000)));
        assertFalse(march.postings().isEmpty());
        // another unit's February is its own
        f.as(Fixture.COMMUNE_ACCOUNTANT, () -> f.ledger.post(grant(f.commune.id(), LocalDate.of(2026, 2, 27), 1_000_000)));
        assertThrows(AccessDeniedException.class, () -> f.as(Fixture.ACCOUNTANT,
                () -> f.ledger.reopenPeriod(f.province.id(), 2026, 2, "điều chỉnh")));
        f.asAdmin(() -> f.ledger.reopenPeriod(f.province.id(), 2026, 2, "điều chỉnh số liệu quyết toán"));
        f.as(Fixture.ACCOUNTANT, () -> f.ledger.post(grant(f.province.id(), LocalDate.of(2026, 2, 27), 1_000_000)));
        assertEquals(PeriodStatus.OPEN, f.as(Fixture.VIEWER, () -> f.ledger.fiscalYear(f.province.id(), 2026)).status());
    }

    @Test
    void theTrialBalanceRollsUpTheSubtreeAndEachUnitSeesOnlyItsOwn() {
        f.as(Fixture.ACCOUNTANT, () -> f.ledger.post(grant(f.province.id(), LocalDate.of(2026, 3, 2), 300_000_000)));
        f.as(Fixture.COMMUNE_ACCOUNTANT, () -> f.ledger.post(grant(f.commune.id(), LocalDate.of(2026, 3, 2), 40_000_000)));
        f.as(Fixture.OTHER_ACCOUNTANT, () -> f.ledger.post(grant(f.otherProvince.id(), LocalDate.of(2026, 3, 2), 7_000_000)));
        TrialBalance rolled = f.as(Fixture.ACCOUNTANT, () -> f.ledger.trialBalance(f.province.id(), LocalDate.of(2026, 3, 31), true));
        assertEquals(340_000_000, rolled.totalDebitVnd());
        assertTrue(rolled.unitIds().contains(f.cell.id()));
        assertFalse(rolled.unitIds().contains(f.otherProvince.id()));
        assertEquals(300_000_000, f.as(Fixture.ACCOUNTANT, () -> f.ledger.trialBalance(f.province.id(), LocalDate.of(2026, 3, 31),
                false)).totalDebitVnd());
        assertEquals(0, f.as(Fixture.ACCOUNTANT, () -> f.ledger.trialBalance(f.province.id(), LocalDate.of(2026, 3, 1),
                false)).totalDebitVnd(), "as of the day before nothing was posted");
        assertThrows(AccessDeniedException.class, () -> f.as(Fixture.COMMUNE_ACCOUNTANT,
                () -> f.ledger.trialBalance(f.province.id(), LocalDate.of(2026, 3, 31), false)));
        assertThrows(AccessDeniedException.class, () -> f.as(Fixture.OTHER_ACCOUNTANT,
                () -> f.ledger.post(grant(f.commune.id(), LocalDate.of(2026, 3, 2), 1))));
        assertThrows(AccessDeniedException.class, () -> f.as(Fixture.VIEWER,
                () -> f.ledger.post(grant(f.province.id(), LocalDate.of(2026, 3, 2), 1))));
        assertNull(f.as(Fixture.ACCOUNTANT, () -> f.ledger.entry(999_999)).orElse(null));
    }
}
