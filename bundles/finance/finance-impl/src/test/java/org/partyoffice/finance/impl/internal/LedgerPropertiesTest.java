package org.partyoffice.finance.impl.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.partyoffice.finance.api.NewEntry;
import org.partyoffice.finance.api.Posting;
import org.partyoffice.finance.api.TrialBalance;
import org.partyoffice.finance.api.TrialBalanceLine;
import org.partyoffice.platform.api.InvalidInputException;

/**
 * Whatever mix of entries is offered, balanced or not, with good or unknown accounts, in open or
 * closed months: the accepted ones keep every trial balance (each unit, and rolled up) at zero,
 * and the rejected ones change nothing at all.
 */
class LedgerPropertiesTest {

    private static final List<String> ACCOUNTS = List.of("111", "112", "211", "331", "3361", "411", "511", "512", "611", "612",
            "999");
    private static Fixture f;
    private static Path temp;

    @BeforeContainer
    static void start() throws Exception {
        temp = Files.createTempDirectory("finance-properties");
        f = new Fixture(temp);
        f.as(Fixture.ACCOUNTANT, () -> f.ledger.closePeriod(f.province.id(), 2026, 1));
    }

    @AfterContainer
    static void stop() {
        f.close();
    }

    @Provide
    Arbitrary<NewEntry> entries() {
        Arbitrary<Posting> postings = Combinators.combine(Arbitraries.of(ACCOUNTS), Arbitraries.longs().between(1, 5_000_000_000L),
                Arbitraries.of(true, false)).as((account, amount, debit) -> debit ? Posting.debit(account, amount)
                : Posting.credit(account, amount));
        Arbitrary<List<Posting>> raw = postings.list().ofMinSize(1).ofMaxSize(6);
        // half the time, balance the lines by adding the missing side to a known account
        Arbitrary<List<Posting>> lines = Combinators.combine(raw, Arbitraries.of(true, false)).as((list, balance) -> {
            List<Posting> result = new ArrayList<>(list);
            long difference = list.stream().mapToLong(p -> p.debitVnd() - p.creditVnd()).sum();
            if (balance && difference != 0) {
                result.add(difference > 0 ? Posting.credit("411", difference) : Posting.debit("111", -difference));
            }
            return result;
        });
        Arbitrary<Long> units = Arbitraries.of(f.province.id(), f.commune.id(), f.cell.id());
        Arbitrary<LocalDate> dates = Arbitraries.of(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 1));
        return Combinators.combine(units, dates, lines).as((unit, date, list) -> new NewEntry(unit, date, "Bút toán thử", null, list));
    }

    @Property(tries = 150)
    void acceptedEntriesKeepTheTrialBalanceAtZeroAndRejectedOnesChangeNothing(@ForAll("entries") NewEntry entry) {
        TrialBalance before = balance();
        boolean balanced = entry.postings().stream().mapToLong(p -> p.debitVnd() - p.creditVnd()).sum() == 0;
        try {
            f.asAdmin(() -> f.ledger.post(entry));
            Statistics.collect("accepted");
            if (!balanced || entry.postings().size() < 2) {
                throw new AssertionError("an entry off by " + entry.postings() + " was accepted");
            }
        } catch (InvalidInputException rejected) {
            Statistics.collect("rejected");
            TrialBalance after = balance();
            if (!after.lines().equals(before.lines())) {
                throw new AssertionError("a rejected entry changed the books: " + rejected.getMessage());
            }
        }
        // both kinds must really be tried, or the property proves little
        Statistics.coverage(checker -> {
            checker.check("accepted").percentage(p -> p > 10);
            checker.check("rejected").percentage(p -> p > 10);
        });
        TrialBalance after = balance();
        long net = after.lines().stream().mapToLong(TrialBalanceLine::balanceVnd).sum();
        if (!after.balanced() || net != 0) {
            throw new AssertionError("the books are out of balance: " + after);
        }
        for (long unit : List.of(f.province.id(), f.commune.id(), f.cell.id())) {
            if (!f.asAdmin(() -> f.ledger.trialBalance(unit, LocalDate.of(2026, 12, 31), false)).balanced()) {
                throw new AssertionError("unit " + unit + " is out of balance");
            }
        }
    }

    private static TrialBalance balance() {
        return f.asAdmin(() -> f.ledger.trialBalance(f.province.id(), LocalDate.of(2026, 12, 31), true));
    }
}
