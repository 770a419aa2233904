package org.partyoffice.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
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
import org.partyoffice.finance.api.BudgetRequest;
import org.partyoffice.finance.api.BudgetService;
import org.partyoffice.finance.api.Expenditure;
import org.partyoffice.finance.api.JournalEntry;
import org.partyoffice.finance.api.LedgerService;
import org.partyoffice.finance.api.NewEntry;
import org.partyoffice.finance.api.Posting;
import org.partyoffice.finance.api.TrialBalance;
import org.partyoffice.finance.api.UnbalancedEntryException;
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
 * The finance module alone on the platform: entries posted and the trial balance through the OSGi
 * services and through the shell as a signed-in accountant, an unbalanced entry refused naming the
 * difference (nothing posted), a meeting's cost estimate turned into a budget line and paid, the
 * command ACL keeping a viewer from posting; then the feature uninstalled and installed again at
 * runtime with the books intact.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FinanceModuleIT {

    private static final String ACCOUNTANT = "ke.toan.thu";
    private static final String SIGNER = "bi.thu.tai.chinh";
    private static final String VIEWER = "xem.tai.chinh";
    private static final String PASSWORD = "mật-khẩu-thử-nghiệm-3";
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
        return DistributionSupport.distribution(DistributionSupport.apiBundle("finance"));
    }

    @Test
    public void moduleLifecycle() throws Exception {
        features = Services.awaitSettled(context, 120);
        features.installFeature("partyoffice-finance", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        LedgerService ledger = Services.await(context, LedgerService.class, 60);
        BudgetService budgets = Services.await(context, BudgetService.class, 60);
        assertFalse(features.isInstalled(features.getFeature("partyoffice-meetings")));

        Unit province = user.callAs("admin", () -> organisation.create(new NewUnit("000.00.00.H97", "Tỉnh ủy Tài Chính Thử",
                UnitType.PROVINCE, null, LocalDate.of(2025, 7, 1))));
        Unit commune = user.callAs("admin", () -> organisation.create(new NewUnit("000.10.01.H97", "Đảng ủy xã Thử Nghiệm",
                UnitType.COMMUNE, province.id(), LocalDate.of(2025, 7, 1))));
        user.callAs("admin", () -> {
            accounts.create(new AccountChange(ACCOUNTANT, "Nguyễn Thị Kế Toán", PASSWORD, Set.of(Roles.ACCOUNTANT),
                    Clearance.MAT, province.id(), true));
            accounts.create(new AccountChange(SIGNER, "Trần Văn Bí Thư", PASSWORD, Set.of(Roles.SIGNER),
                    Clearance.TUYET_MAT, province.id(), true));
            return accounts.create(new AccountChange(VIEWER, "Đỗ Quan Sát", PASSWORD, Set.of(Roles.VIEWER),
                    Clearance.UNCLASSIFIED, province.id(), true));
        });

        long entryId = postAndBalanceThroughTheServices(ledger, province, commune);
        budgetFromAnOutsideReference(budgets, ledger, province);
        shellCommands(province);
        uninstallAndReinstallKeepTheBooks(entryId, province);
    }

    private long postAndBalanceThroughTheServices(LedgerService ledger, Unit province, Unit commune) throws Exception {
        JournalEntry e = user.callAs(ACCOUNTANT, () -> ledger.post(new NewEntry(province.id(), DAY, "Nhận kinh phí được cấp quý I",
                "UNC-01", List.of(Posting.debit("112", 500_000_000), Posting.credit("511", 500_000_000)))));
        user.callAs(ACCOUNTANT, () -> ledger.post(new NewEntry(commune.id(), DAY, "Kinh phí xã", null,
                List.of(Posting.debit("112", 60_000_000), Posting.credit("511", 60_000_000)))));
        try {
            user.callAs(ACCOUNTANT, () -> ledger.post(new NewEntry(province.id(), DAY, "Chi hội nghị lệch", null,
                    List.of(Posting.debit("612", 12_500_000), Posting.credit("111", 12_000_000)))));
            fail("an unbalanced entry was posted");
        } catch (UnbalancedEntryException expected) {
            assertEquals(422, expected.status());
            assertEquals(500_000, expected.differenceVnd());
        }
        TrialBalance own = user.callAs(ACCOUNTANT, () -> ledger.trialBalance(province.id(), DAY, false));
        assertTrue(own.balanced());
        assertEquals(500_000_000, own.totalDebitVnd());
        TrialBalance rolled = user.callAs(ACCOUNTANT, () -> ledger.trialBalance(province.id(), DAY, true));
        assertEquals(560_000_000, rolled.totalDebitVnd());
        return e.id();
    }

    private void budgetFromAnOutsideReference(BudgetService budgets, LedgerService ledger, Unit province) throws Exception {
        BudgetLine line = user.callAs(ACCOUNTANT, () -> budgets.request(new BudgetRequest(province.id(), 2026, "HOI_NGHI",
                "Hội nghị Ban Chấp hành lần thứ 5", 45_000_000, "meetings:5")));
        user.callAs(SIGNER, () -> budgets.approve(line.id()));
        user.callAs(ACCOUNTANT, () -> budgets.allocate(line.id(), 45_000_000, null));
        Expenditure e = user.callAs(ACCOUNTANT, () -> budgets.requestExpenditure(line.id(), "Tài liệu hội nghị", 8_000_000,
                "meetings:5"));
        user.callAs(SIGNER, () -> budgets.approveExpenditure(e.id(), null));
        Expenditure paid = user.callAs(ACCOUNTANT, () -> budgets.pay(e.id(), DAY));
        assertEquals("meetings:5", user.callAs(ACCOUNTANT, () -> ledger.entry(paid.journalEntryId())).orElseThrow().reference());
        assertEquals(37_000_000, user.callAs(ACCOUNTANT, () -> budgets.execution(province.id(), 2026, false)).get(0).remainingVnd());
    }

    private void shellCommands(Unit province) throws Exception {
        Shell.Result post = Shell.run(sessions, ACCOUNTANT, PASSWORD, "finance:post --unit " + province.id()
                + " --date 2026-03-03 \"Thu đảng phí tháng 3\" N:111:1200000 C:512:1200000");
        assertFalse(post.error(), post.failed());
        assertTrue(post.output(), post.output().contains("Thu đảng phí tháng 3") && post.output().contains("Nợ 111"));
        Shell.Result balance = Shell.run(sessions, ACCOUNTANT, PASSWORD, "finance:balance --unit " + province.id()
                + " --as-of 2026-03-31");
        assertFalse(balance.error(), balance.failed());
        assertTrue(balance.output(), balance.output().contains("Tiền gửi ngân hàng, kho bạc"));
        assertTrue(balance.output(), balance.output().contains("cân đối"));
        Shell.Result unbalanced = Shell.run(sessions, ACCOUNTANT, PASSWORD, "finance:post --unit " + province.id()
                + " --date 2026-03-03 \"Lệch\" N:111:1000 C:512:999");
        assertTrue(unbalanced.failed());
        assertTrue(unbalanced.error(), unbalanced.error().startsWith("Error: postings: debits (1000 VND) and credits (999 VND) differ by 1 VND"));
        Shell.Result viewerBalance = Shell.run(sessions, VIEWER, PASSWORD, "finance:balance --unit " + province.id());
        assertFalse(viewerBalance.error(), viewerBalance.failed());
        Shell.Result denied = Shell.run(sessions, VIEWER, PASSWORD, "finance:post --unit " + province.id()
                + " \"Không được\" N:111:1 C:512:1");
        assertTrue("the ACL keeps a viewer from posting", denied.failed());
        Shell.Result budget = Shell.run(sessions, VIEWER, PASSWORD, "finance:budget --unit " + province.id() + " --year 2026");
        assertTrue(budget.output(), budget.output().contains("Hội nghị Ban Chấp hành lần thứ 5"));
    }

    private void uninstallAndReinstallKeepTheBooks(long entryId, Unit province) throws Exception {
        TrialBalance before = user.callAs(ACCOUNTANT, () -> Services.await(context, LedgerService.class, 10)
                .trialBalance(province.id(), DAY.plusDays(30), true));
        features.uninstallFeature("partyoffice-finance");
        Services.awaitGone(context, LedgerService.class, 60);
        features.installFeature("partyoffice-finance", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        LedgerService ledger = Services.await(context, LedgerService.class, 60);
        assertEquals("Nhận kinh phí được cấp quý I", user.callAs(ACCOUNTANT, () -> ledger.entry(entryId)).orElseThrow().description());
        TrialBalance after = user.callAs(ACCOUNTANT, () -> ledger.trialBalance(province.id(), DAY.plusDays(30), true));
        assertEquals(before.lines(), after.lines());
        assertTrue(after.balanced());
    }
}
