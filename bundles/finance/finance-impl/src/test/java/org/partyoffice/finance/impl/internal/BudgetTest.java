package org.partyoffice.finance.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyoffice.finance.api.BudgetChangeKind;
import org.partyoffice.finance.api.BudgetExecution;
import org.partyoffice.finance.api.BudgetLine;
import org.partyoffice.finance.api.BudgetRequest;
import org.partyoffice.finance.api.BudgetStatus;
import org.partyoffice.finance.api.Expenditure;
import org.partyoffice.finance.api.ExpenditureStatus;
import org.partyoffice.finance.api.FinanceEvents;
import org.partyoffice.finance.api.JournalEntry;
import org.partyoffice.finance.api.Posting;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.InvalidInputException;

class BudgetTest {

    @TempDir
    Path temp;
    Fixture f;

    @AfterEach
    void tearDown() {
        f.close();
    }

    /** The Congress line of the province: 800 million estimated, approved, 600 million allocated. */
    private BudgetLine congressLine() {
        BudgetLine line = f.as(Fixture.CLERK, () -> f.budgets.estimate(f.province.id(), 2026, "DAI_HOI",
                "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII", 800_000_000, "612"));
        f.as(Fixture.SIGNER, () -> f.budgets.approve(line.id()));
        return f.as(Fixture.ACCOUNTANT, () -> f.budgets.allocate(line.id(), 600_000_000, "đợt 1"));
    }

    @Test
    void aLineIsEstimatedApprovedAllocatedAndAmendedWithItsHistory() {
        f = new Fixture(temp);
        BudgetLine line = congressLine();
        assertEquals(BudgetStatus.APPROVED, line.status());
        assertEquals(600_000_000, line.allocatedVnd());
        assertThrows(AccessDeniedException.class, () -> f.as(Fixture.ACCOUNTANT, () -> f.budgets.approve(line.id())),
                "the accountant does not approve budgets");
        InvalidInputException beyond = assertThrows(InvalidInputException.class, () -> f.as(Fixture.ACCOUNTANT,
                () -> f.budgets.allocate(line.id(), 300_000_000, null)));
        assertTrue(beyond.getMessage().contains("by 100000000 VND"), beyond.getMessage());
        assertThrows(InvalidInputException.class, () -> f.as(Fixture.SIGNER,
                () -> f.budgets.amend(line.id(), 500_000_000, "cắt giảm")), "not below what is allocated");
        assertThrows(AccessDeniedException.class, () -> f.as(Fixture.CLERK,
                () -> f.budgets.amend(line.id(), 900_000_000, "bổ sung")), "an approved budget is amended by its approvers");
        BudgetLine amended = f.as(Fixture.SIGNER, () -> f.budgets.amend(line.id(), 900_000_000, "bổ sung kinh phí tổ chức Đại hội"));
        assertEquals(900_000_000, amended.estimateVnd());
        var history = f.as(Fixture.VIEWER, () -> f.budgets.history(line.id()));
        assertEquals(List.of(BudgetChangeKind.ESTIMATED, BudgetChangeKind.APPROVED, BudgetChangeKind.ALLOCATED,
                BudgetChangeKind.AMENDED), history.stream().map(h -> h.kind()).toList());
        assertEquals(800_000_000, history.get(3).previousVnd());
        assertEquals("bổ sung kinh phí tổ chức Đại hội", history.get(3).note());
    }

    @Test
    void anExpenditureIsRequestedApprovedByRoleAndPaidIntoTheJournal() {
        f = new Fixture(temp);
        BudgetLine line = congressLine();
        Expenditure e = f.as(Fixture.CLERK, () -> f.budgets.requestExpenditure(line.id(), "Thuê hội trường Đại hội",
                120_000_000, "meetings:42"));
        assertEquals(ExpenditureStatus.REQUESTED, e.status());
        assertThrows(AccessDeniedException.class, () -> f.as(Fixture.CLERK, () -> f.budgets.approveExpenditure(e.id(), null)));
        assertThrows(ConflictException.class, () -> f.as(Fixture.ACCOUNTANT, () -> f.budgets.pay(e.id(), LocalDate.of(2026, 3, 5))),
                "nothing is paid before approval");
        f.as(Fixture.SIGNER, () -> f.budgets.approveExpenditure(e.id(), "đồng ý"));
        BudgetExecution committed = f.as(Fixture.VIEWER, () -> f.budgets.execution(f.province.id(), 2026, false)).get(0);
        assertEquals(120_000_000, committed.committedVnd());
        assertEquals(480_000_000, committed.remainingVnd());
        Expenditure paid = f.as(Fixture.ACCOUNTANT, () -> f.budgets.pay(e.id(), LocalDate.of(2026, 3, 5)));
        assertEquals(ExpenditureStatus.PAID, paid.status());
        JournalEntry entry = f.as(Fixture.ACCOUNTANT, () -> f.ledger.entry(paid.journalEntryId())).orElseThrow();
        assertEquals(List.of(Posting.debit("612", 120_000_000), Posting.credit("111", 120_000_000)), entry.postings());
        assertEquals("meetings:42", entry.reference());
        BudgetExecution spent = f.as(Fixture.VIEWER, () -> f.budgets.execution(f.province.id(), 2026, false)).get(0);
        assertEquals(new BudgetExecution(line.id(), f.province.id(), 2026, "DAI_HOI", line.title(), 800_000_000, 600_000_000, 0,
                120_000_000, 480_000_000), spent);
        assertEquals(1, f.as(Fixture.VIEWER, () -> f.budgets.expendituresByReference("meetings:42")).size());
        int paidEvent = f.posted.topics.indexOf(FinanceEvents.EXPENDITURE_PAID);
        assertEquals("meetings:42", f.posted.properties.get(paidEvent).get(FinanceEvents.REFERENCE));
        Expenditure rejected = f.as(Fixture.CLERK, () -> f.budgets.requestExpenditure(line.id(), "Quà lưu niệm", 5_000_000, null));
        assertEquals(ExpenditureStatus.REJECTED, f.as(Fixture.SIGNER,
                () -> f.budgets.rejectExpenditure(rejected.id(), "không đúng quy định")).status());
    }

    @Test
    void overspendingIsRefusedByDefault() {
        f = new Fixture(temp);
        BudgetLine line = congressLine();
        f.as(Fixture.CLERK, () -> f.budgets.requestExpenditure(line.id(), "Tài liệu Đại hội", 550_000_000, null));
        Expenditure first = f.as(Fixture.CLERK, () -> f.budgets.expenditures(line.id())).get(0);
        f.as(Fixture.SIGNER, () -> f.budgets.approveExpenditure(first.id(), null));
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> f.as(Fixture.CLERK,
                () -> f.budgets.requestExpenditure(line.id(), "Khánh tiết", 60_000_000, null)));
        assertEquals("amountVnd", refused.field());
        assertTrue(refused.getMessage().contains("by 10000000 VND"), refused.getMessage());
        assertEquals(1, f.as(Fixture.CLERK, () -> f.budgets.expenditures(line.id())).size());
    }

    @Test
    void overspendingIsOnlyWarnedWhenConfigured() {
        f = new Fixture(temp, Map.of("overspend", "WARN"));
        BudgetLine line = congressLine();
        Expenditure e = f.as(Fixture.CLERK, () -> f.budgets.requestExpenditure(line.id(), "Khánh tiết", 650_000_000, null));
        assertNotNull(e.warning());
        assertTrue(e.warning().contains("by 50000000 VND"), e.warning());
        f.as(Fixture.SIGNER, () -> f.budgets.approveExpenditure(e.id(), null));
        f.as(Fixture.ACCOUNTANT, () -> f.budgets.pay(e.id(), LocalDate.of(2026, 3, 6)));
        assertEquals(-50_000_000, f.as(Fixture.VIEWER, () -> f.budgets.execution(f.province.id(), 2026, false)).get(0).remainingVnd());
    }

    @Test
    void anotherModulesCostEstimateBecomesADraftLineOnceByReference() {
        f = new Fixture(temp);
        BudgetLine requested = f.as(Fixture.CLERK, () -> f.budgets.request(new BudgetRequest(f.province.id(), 2026, null,
                "Hội nghị Ban Chấp hành lần thứ 5", 45_000_000, "meetings:7")));
        assertEquals(BudgetStatus.DRAFT, requested.status());
        assertEquals("HOAT_DONG", requested.category());
        assertEquals("meetings:7", requested.reference());
        assertEquals(requested.id(), f.as(Fixture.CLERK, () -> f.budgets.request(new BudgetRequest(f.province.id(), 2026, null,
                "Hội nghị Ban Chấp hành lần thứ 5", 45_000_000, "meetings:7"))).id(), "asking again is the same line");
        BudgetLine raised = f.as(Fixture.CLERK, () -> f.budgets.request(new BudgetRequest(f.province.id(), 2026, null,
                "Hội nghị Ban Chấp hành lần thứ 5", 50_000_000, "meetings:7")));
        assertEquals(50_000_000, raised.estimateVnd());
        assertEquals(requested.id(), raised.id());
        f.as(Fixture.SIGNER, () -> f.budgets.approve(raised.id()));
        assertThrows(ConflictException.class, () -> f.as(Fixture.CLERK, () -> f.budgets.request(new BudgetRequest(f.province.id(),
                2026, null, "Hội nghị", 60_000_000, "meetings:7"))));
        assertThrows(InvalidInputException.class, () -> f.as(Fixture.CLERK, () -> f.budgets.request(new BudgetRequest(
                f.province.id(), 2026, null, "Hội nghị", 1, "họp số 7"))));
        assertNull(f.as(Fixture.CLERK, () -> f.budgets.byReference("meetings:8")).orElse(null));
    }

    @Test
    void executionRollsUpTheCommunes() {
        f = new Fixture(temp);
        congressLine();
        BudgetLine communeLine = f.as(Fixture.COMMUNE_ACCOUNTANT, () -> f.budgets.estimate(f.commune.id(), 2026, "HOAT_DONG",
                "Chi hoạt động thường xuyên", 90_000_000, null));
        assertEquals("611", communeLine.account());
        assertEquals(2, f.as(Fixture.ACCOUNTANT, () -> f.budgets.execution(f.province.id(), 2026, true)).size());
        assertEquals(1, f.as(Fixture.COMMUNE_ACCOUNTANT, () -> f.budgets.execution(f.commune.id(), 2026, true)).size());
        assertThrows(AccessDeniedException.class, () -> f.as(Fixture.COMMUNE_ACCOUNTANT,
                () -> f.budgets.execution(f.province.id(), 2026, true)));
    }
}
