package org.partyoffice.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.partyoffice.finance.api.BudgetLine;
import org.partyoffice.finance.api.BudgetService;
import org.partyoffice.finance.api.BudgetStatus;
import org.partyoffice.finance.api.JournalEntry;
import org.partyoffice.finance.api.LedgerService;
import org.partyoffice.finance.api.NewEntry;
import org.partyoffice.finance.api.Posting;
import org.partyoffice.finance.api.TrialBalance;
import org.partyoffice.meetings.api.CostEstimate;
import org.partyoffice.meetings.api.CostEstimateStatus;
import org.partyoffice.meetings.api.Meeting;
import org.partyoffice.meetings.api.MeetingCostService;
import org.partyoffice.meetings.api.MeetingService;
import org.partyoffice.meetings.api.MeetingType;
import org.partyoffice.meetings.api.NewMeeting;
import org.partyoffice.platform.api.AccountChange;
import org.partyoffice.platform.api.AccountService;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.NewUnit;
import org.partyoffice.platform.api.OrganisationService;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.api.UnitType;

/**
 * Finance and meetings together, in one Karaf boot: finance alone first, with books and a budget;
 * then meetings installed at runtime next to it, where a Congress's cost estimate becomes a budget
 * line with reference {@code meetings:<id>}; then finance uninstalled (meetings keeps its estimates,
 * new and changed ones wait as pending) and installed again, when the pending estimates arrive and
 * finance's own data is still there.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FinanceWithMeetingsIT {

    private static final String CLERK = "van.thu.tai.chinh.hop";
    private static final String ACCOUNTANT = "ke.toan.hop";
    private static final String PASSWORD = "mật-khẩu-thử-nghiệm-5";
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Inject
    private BundleContext context;
    private FeaturesService features;
    @Inject
    private CurrentUser user;
    @Inject
    private AccountService accounts;
    @Inject
    private OrganisationService organisation;
    @Inject
    private org.apache.karaf.shell.api.console.SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return DistributionSupport.distribution(
                DistributionSupport.apiBundle("finance"),
                DistributionSupport.apiBundle("meetings"));
    }

    @Test
    public void costEstimatesBecomeBudgetRequests() throws Exception {
        features = Services.awaitSettled(context, 120);
        features.installFeature("partyoffice-finance", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        LedgerService ledger = Services.await(context, LedgerService.class, 60);
        BudgetService budgets = Services.await(context, BudgetService.class, 60);
        assertFalse(features.isInstalled(features.getFeature("partyoffice-meetings")));

        Unit province = user.callAs("admin", () -> organisation.create(new NewUnit("000.00.00.H96", "Tỉnh ủy Hội Nghị Thử",
                UnitType.PROVINCE, null, LocalDate.of(2025, 7, 1))));
        user.callAs("admin", () -> {
            accounts.create(new AccountChange(CLERK, "Lê Thị Văn Thư", PASSWORD, Set.of(Roles.OFFICE_STAFF), Clearance.MAT,
                    province.id(), true));
            return accounts.create(new AccountChange(ACCOUNTANT, "Nguyễn Thị Kế Toán", PASSWORD, Set.of(Roles.ACCOUNTANT),
                    Clearance.MAT, province.id(), true));
        });
        // finance has data before meetings comes
        JournalEntry entry = user.callAs(ACCOUNTANT, () -> ledger.post(new NewEntry(province.id(), DAY,
                "Nhận kinh phí được cấp quý I", "UNC-07", List.of(Posting.debit("112", 900_000_000),
                Posting.credit("511", 900_000_000)))));
        BudgetLine regular = user.callAs(ACCOUNTANT, () -> budgets.estimate(province.id(), 2026, "HOAT_DONG",
                "Chi hoạt động thường xuyên", 300_000_000, null));

        // (1, 2) meetings installed at runtime next to finance: a Congress's estimate becomes a budget line
        features.installFeature("partyoffice-meetings", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        MeetingService meetings = Services.await(context, MeetingService.class, 60);
        MeetingCostService costs = Services.await(context, MeetingCostService.class, 60);
        Instant start = LocalDate.of(2026, 9, 14).atTime(7, 30).atZone(HANOI).toInstant();
        Meeting congress = user.callAs(CLERK, () -> meetings.schedule(new NewMeeting(province.id(), MeetingType.CONGRESS,
                "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI", null, null, start, start.plusSeconds(3 * 86_400), List.of())));
        CostEstimate requested = awaitStatus(costs, congress.id(), CostEstimateStatus.REQUESTED, () -> user.callAs(CLERK,
                () -> costs.setEstimate(congress.id(), 150_000_000L, "Đại hội đại biểu: hội trường, tài liệu, ăn nghỉ")));
        BudgetLine line = user.callAs(ACCOUNTANT, () -> budgets.byReference("meetings:" + congress.id())).orElseThrow();
        assertEquals(line.id(), (long) requested.budgetLineId());
        assertEquals(150_000_000L, line.estimateVnd());
        assertEquals(province.id(), line.unitId());
        assertEquals(2026, line.year());
        assertEquals("DAI_HOI", line.category());
        assertEquals("Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI", line.title());
        assertEquals(BudgetStatus.DRAFT, line.status());
        assertEquals("DRAFT", requested.budgetStatus());
        assertEquals(150_000_000L, user.callAs(CLERK, () -> meetings.find(congress.id())).orElseThrow().costEstimate()
                .amountVnd());
        assertEquals("Chi hoạt động thường xuyên", user.callAs(ACCOUNTANT, () -> budgets.line(regular.id())).orElseThrow()
                .title());
        Shell.Result list = Shell.run(sessions, CLERK, PASSWORD, "meetings:list --month --from 2026-09-01");
        assertFalse(list.error(), list.failed());
        assertTrue(list.output(), list.output().contains("150.000.000") && list.output().contains("budget line " + line.id()));
        TrialBalance before = user.callAs(ACCOUNTANT, () -> ledger.trialBalance(province.id(), DAY.plusDays(30), false));

        // (3) finance uninstalled: meetings keeps its data, and what is set meanwhile waits
        features.uninstallFeature("partyoffice-finance");
        Services.awaitGone(context, BudgetService.class, 60);
        assertEquals(150_000_000L, user.callAs(CLERK, () -> costs.estimate(congress.id())).orElseThrow().amountVnd());
        Instant conferenceStart = LocalDate.of(2026, 6, 8).atTime(8, 0).atZone(HANOI).toInstant();
        Meeting conference = user.callAs(CLERK, () -> meetings.schedule(new NewMeeting(province.id(),
                MeetingType.THEMATIC_CONFERENCE, "Hội nghị chuyên đề chuyển đổi số", null, null, conferenceStart,
                conferenceStart.plusSeconds(4 * 3600), List.of())));
        CostEstimate waiting = user.callAs(CLERK, () -> costs.setEstimate(conference.id(), 45_000_000L, "Tài liệu hội nghị"));
        assertEquals(CostEstimateStatus.PENDING, waiting.status());
        assertNull(waiting.budgetLineId());
        CostEstimate changed = user.callAs(CLERK, () -> costs.setEstimate(congress.id(), 165_000_000L, "thêm 60 đại biểu"));
        assertEquals(CostEstimateStatus.PENDING, changed.status());
        assertEquals(2, user.callAs(CLERK, () -> costs.pending()).size());

        // finance installed again: the pending estimates arrive, the old books and budget are still there
        features.installFeature("partyoffice-finance", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        BudgetService again = Services.await(context, BudgetService.class, 60);
        LedgerService ledgerAgain = Services.await(context, LedgerService.class, 60);
        awaitNoPending(costs);
        BudgetLine amended = user.callAs(ACCOUNTANT, () -> again.byReference("meetings:" + congress.id())).orElseThrow();
        assertEquals("a changed estimate amends the same line", line.id(), amended.id());
        assertEquals(165_000_000L, amended.estimateVnd());
        BudgetLine conferenceLine = user.callAs(ACCOUNTANT, () -> again.byReference("meetings:" + conference.id())).orElseThrow();
        assertEquals(45_000_000L, conferenceLine.estimateVnd());
        assertEquals("HOI_NGHI", conferenceLine.category());
        assertEquals(conferenceLine.id(), (long) user.callAs(CLERK, () -> costs.estimate(conference.id())).orElseThrow()
                .budgetLineId());
        assertEquals("Nhận kinh phí được cấp quý I", user.callAs(ACCOUNTANT, () -> ledgerAgain.entry(entry.id())).orElseThrow()
                .description());
        assertEquals(before.lines(), user.callAs(ACCOUNTANT, () -> ledgerAgain.trialBalance(province.id(), DAY.plusDays(30),
                false)).lines());
        List<BudgetLine> lines = user.callAs(ACCOUNTANT, () -> again.lines(province.id(), 2026, false));
        assertEquals(3, lines.size());
        assertTrue(lines.stream().anyMatch(l -> l.id() == regular.id() && l.estimateVnd() == 300_000_000L));
    }

    /** The estimate just set; the service binds finance right after it starts, so the first may still be pending. */
    private CostEstimate awaitStatus(MeetingCostService costs, long meetingId, CostEstimateStatus status,
                                     java.util.concurrent.Callable<CostEstimate> set) throws Exception {
        CostEstimate e = set.call();
        for (int i = 0; i < 300 && e.status() != status; i++) {
            Thread.sleep(100);
            e = user.callAs(CLERK, () -> costs.estimate(meetingId)).orElseThrow();
        }
        assertEquals(e.toString(), status, e.status());
        return e;
    }

    private void awaitNoPending(MeetingCostService costs) throws Exception {
        List<CostEstimate> pending = List.of();
        for (int i = 0; i < 600; i++) {
            pending = user.callAs(CLERK, () -> costs.pending());
            if (pending.isEmpty()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("still pending 60 s after finance came back: " + pending);
    }
}
