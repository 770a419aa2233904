package org.partyoffice.benchmarks;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.partyoffice.finance.api.Account;
import org.partyoffice.finance.api.NewEntry;
import org.partyoffice.finance.api.Posting;
import org.partyoffice.finance.api.ReportKind;
import org.partyoffice.finance.api.TrialBalance;
import org.partyoffice.finance.impl.internal.Books;
import org.partyoffice.finance.impl.internal.FinanceAccess;
import org.partyoffice.finance.impl.internal.FinanceEventPublisher;
import org.partyoffice.finance.impl.internal.FinanceSchema;
import org.partyoffice.finance.impl.internal.FinanceSettings;
import org.partyoffice.finance.impl.internal.JdbcAssetService;
import org.partyoffice.finance.impl.internal.JdbcBudgetService;
import org.partyoffice.finance.impl.internal.JdbcDuesService;
import org.partyoffice.finance.impl.internal.JdbcFinanceReports;
import org.partyoffice.finance.impl.internal.JdbcLedgerService;
import org.partyoffice.platform.api.NewUnit;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.api.UnitType;
import org.partyoffice.platform.core.internal.Events;
import org.partyoffice.platform.core.internal.JdbcOrganisationService;
import org.partyoffice.platform.core.internal.MigrationRunner;

/**
 * The finance module's two database-bound paths, each against raw JDBC on the same tables in the
 * same run (file-based embedded Derby with durable commits, the module's real classes outside OSGi):
 * <ol>
 * <li>postings per second: balanced two-line entries through {@code LedgerService.post} (role and
 * scope check, chart and period checks, entry and posting rows, audit entry, one transaction each)
 * against raw JDBC inserting the same entry and posting rows in one transaction each; rounds
 * interleaved (alternating which goes first), the median of the per-round ratios quoted;</li>
 * <li>a trial balance over 1,000,000 postings (500,000 entries loaded with raw batched JDBC, a
 * province and 20 communes, a year of dates): {@code LedgerService.trialBalance} and
 * {@code FinanceReports.rows(TRIAL_BALANCE)}, rolled up over the province's subtree and for the
 * province's own books, against the raw {@code GROUP BY} of the same rows, interleaved.</li>
 * </ol>
 * A command-line driver: results go to standard output on purpose. Run:
 * {@code benchmarks/run-finance.sh [rounds=10] [entriesPerRound=200] [postings=1000000]}.
 */
public final class FinanceBenchmark {

    private static final LocalDate YEAR_START = LocalDate.of(2026, 1, 1);
    private static final LocalDate YEAR_END = LocalDate.of(2026, 12, 31);
    private static final int COMMUNES = 20;

    private FinanceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int postings = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        System.out.printf("# FinanceBenchmark %s, %s %s, %d cores%n", LocalDate.now(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        try (DerbyFixture db = new DerbyFixture()) {
            DerbyFixture.seedAdmin(db.dataSource);
            Events events = new Events();
            JdbcOrganisationService organisation = new JdbcOrganisationService(db.tx, db.audit, db.user, events);
            Unit province = db.user.callAs("admin", () -> organisation.create(new NewUnit("000.00.00.H37", "Tỉnh ủy Lào Cai",
                    UnitType.PROVINCE, null, LocalDate.of(2025, 1, 1))));
            List<Long> units = new ArrayList<>(List.of(province.id()));
            for (int i = 1; i <= COMMUNES; i++) {
                int n = i;
                units.add(db.user.callAs("admin", () -> organisation.create(new NewUnit(String.format("000.10.%02d.H37", n),
                        "Đảng ủy xã số " + n, UnitType.COMMUNE, province.id(), LocalDate.of(2025, 1, 1)))).id());
            }
            FinanceSchema schema = new FinanceSchema(new MigrationRunner(db.tx));
            FinanceSettings settings = new FinanceSettings(defaults(FinanceSettings.Config.class));
            FinanceAccess access = new FinanceAccess(db.user, organisation, settings);
            FinanceEventPublisher publisher = new FinanceEventPublisher();
            Books books = new Books(db.audit, publisher, schema);
            JdbcLedgerService ledger = new JdbcLedgerService(db.tx, access, db.audit, books, publisher);
            JdbcBudgetService budgets = new JdbcBudgetService(db.tx, access, db.audit, books, settings, publisher);
            JdbcDuesService dues = new JdbcDuesService(db.tx, access, db.audit, books, settings, publisher);
            JdbcAssetService assets = new JdbcAssetService(db.tx, access, db.audit, publisher, schema);
            JdbcFinanceReports reports = new JdbcFinanceReports(ledger, budgets, dues, assets, organisation, access);
            List<String> codes = db.user.callAs("admin", () -> ledger.accounts()).stream().filter(Account::active)
                    .map(Account::code).toList();
            System.out.printf("chart: %d active accounts; %d units (a province and %d communes)%n", codes.size(), units.size(),
                    COMMUNES);

            postings(db, ledger, province.id(), rounds, perRound);
            load(db, units, codes, postings);
            trialBalance(db, ledger, reports, province.id(), units, "as built");
            if (Boolean.getBoolean("bench.covering")) {
                // the experiment behind the index question: the same queries once the index covers the sums
                long t = System.nanoTime();
                try (Connection c = db.dataSource.getConnection(); Statement st = c.createStatement()) {
                    st.execute("CREATE INDEX FINANCE.POSTINGS_TB_IX ON FINANCE.POSTINGS (UNIT_ID, ENTRY_DATE, ACCOUNT_CODE, "
                            + "DEBIT, CREDIT)");
                }
                System.out.printf("covering index built in %.1f s%n", (System.nanoTime() - t) / 1e9);
                trialBalance(db, ledger, reports, province.id(), units, "with a covering index");
            }
        }
    }

    // --- 1. postings per second --------------------------------------------------------------------

    private static void postings(DerbyFixture db, JdbcLedgerService ledger, long unit, int rounds, int perRound)
            throws Exception {
        Random random = new Random(7);
        Callable<Object> service = () -> db.user.callAs("admin", () -> ledger.post(entry(unit, random)));
        try (Connection raw = db.dataSource.getConnection()) {
            raw.setAutoCommit(false);
            PreparedStatement entries = raw.prepareStatement("INSERT INTO FINANCE.ENTRIES (UNIT_ID, ORIGIN_UNIT_ID, ENTRY_DATE, "
                    + "DESCRIPTION, REFERENCE, REVERSES_ID, CREATED_BY, CREATED_AT) VALUES (?,?,?,?,?,NULL,?,?)",
                    Statement.RETURN_GENERATED_KEYS);
            PreparedStatement lines = raw.prepareStatement("INSERT INTO FINANCE.POSTINGS (ENTRY_ID, LINE_NO, UNIT_ID, ENTRY_DATE, "
                    + "ACCOUNT_CODE, DEBIT, CREDIT, MEMO) VALUES (?,?,?,?,?,?,?,NULL)");
            Callable<Object> jdbc = () -> {
                NewEntry e = entry(unit, random);
                entries.setLong(1, unit);
                entries.setLong(2, unit);
                entries.setDate(3, java.sql.Date.valueOf(e.date()));
                entries.setString(4, e.description());
                entries.setString(5, e.reference());
                entries.setString(6, "admin");
                entries.setLong(7, System.currentTimeMillis());
                entries.executeUpdate();
                long id;
                try (ResultSet keys = entries.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                int no = 0;
                for (Posting p : e.postings()) {
                    lines.setLong(1, id);
                    lines.setInt(2, ++no);
                    lines.setLong(3, unit);
                    lines.setDate(4, java.sql.Date.valueOf(e.date()));
                    lines.setString(5, p.account());
                    lines.setLong(6, p.debitVnd());
                    lines.setLong(7, p.creditVnd());
                    lines.addBatch();
                }
                lines.executeBatch();
                raw.commit();
                return id;
            };
            // warm-up: JIT, Derby's page cache and statement cache
            time(service, perRound);
            time(jdbc, perRound);
            List<Double> ratios = new ArrayList<>();
            double serviceSeconds = 0;
            double jdbcSeconds = 0;
            for (int round = 1; round <= rounds; round++) {
                double s;
                double j;
                if (round % 2 == 1) {
                    s = time(service, perRound);
                    j = time(jdbc, perRound);
                } else {
                    j = time(jdbc, perRound);
                    s = time(service, perRound);
                }
                serviceSeconds += s;
                jdbcSeconds += j;
                ratios.add(j / s);
                System.out.printf("postings round %2d: LedgerService.post %.0f entries/s, raw JDBC %.0f entries/s, ratio %.2f%n",
                        round, perRound / s, perRound / j, j / s);
            }
            long n = (long) rounds * perRound;
            System.out.printf("postings (%d rounds x %d entries of 2 lines): LedgerService.post %.0f entries/s (%.0f postings/s), "
                    + "raw JDBC %.0f entries/s (%.0f postings/s), median ratio %.2f%n", rounds, perRound, n / serviceSeconds,
                    2 * n / serviceSeconds, n / jdbcSeconds, 2 * n / jdbcSeconds, median(ratios));
        }
    }

    private static final String[][] PAIRS = {{"611", "111"}, {"612", "112"}, {"111", "511"}, {"112", "511"}, {"111", "512"}};

    private static NewEntry entry(long unit, Random random) {
        String[] pair = PAIRS[random.nextInt(PAIRS.length)];
        long amount = 1_000L * (1 + random.nextInt(50_000));
        LocalDate date = YEAR_START.plusDays(random.nextInt(365));
        return new NewEntry(unit, date, "Chứng từ thử nghiệm số " + random.nextInt(1_000_000), "PT-" + random.nextInt(10_000),
                List.of(Posting.debit(pair[0], amount), Posting.credit(pair[1], amount)));
    }

    // --- 2. a trial balance over 1,000,000 postings ------------------------------------------------

    /** Balanced two-line entries spread over the units, the year and the chart, by raw batched JDBC. */
    private static void load(DerbyFixture db, List<Long> units, List<String> codes, int postings) throws Exception {
        long t0 = System.nanoTime();
        Random random = new Random(11);
        int entries = postings / 2;
        int batch = 1_000;
        try (Connection c = db.dataSource.getConnection()) {
            c.setAutoCommit(false);
            PreparedStatement e = c.prepareStatement("INSERT INTO FINANCE.ENTRIES (UNIT_ID, ORIGIN_UNIT_ID, ENTRY_DATE, "
                    + "DESCRIPTION, REFERENCE, REVERSES_ID, CREATED_BY, CREATED_AT) VALUES (?,?,?,?,NULL,NULL,'admin',0)");
            PreparedStatement ids = c.prepareStatement("SELECT ID, UNIT_ID, ENTRY_DATE FROM FINANCE.ENTRIES WHERE ID > ? ORDER BY ID");
            PreparedStatement p = c.prepareStatement("INSERT INTO FINANCE.POSTINGS (ENTRY_ID, LINE_NO, UNIT_ID, ENTRY_DATE, "
                    + "ACCOUNT_CODE, DEBIT, CREDIT, MEMO) VALUES (?,?,?,?,?,?,?,NULL)");
            long last = maxId(c);
            for (int done = 0; done < entries; done += batch) {
                int n = Math.min(batch, entries - done);
                for (int i = 0; i < n; i++) {
                    long unit = units.get(random.nextInt(units.size()));
                    e.setLong(1, unit);
                    e.setLong(2, unit);
                    e.setDate(3, java.sql.Date.valueOf(YEAR_START.plusDays(random.nextInt(365))));
                    e.setString(4, "Chứng từ nạp sẵn " + (done + i));
                    e.addBatch();
                }
                e.executeBatch();
                ids.setLong(1, last);
                try (ResultSet rs = ids.executeQuery()) {
                    while (rs.next()) {
                        last = rs.getLong(1);
                        long amount = 1_000L * (1 + random.nextInt(50_000));
                        String debit = codes.get(random.nextInt(codes.size()));
                        String credit = codes.get(random.nextInt(codes.size()));
                        for (int line = 1; line <= 2; line++) {
                            p.setLong(1, last);
                            p.setInt(2, line);
                            p.setLong(3, rs.getLong(2));
                            p.setDate(4, rs.getDate(3));
                            p.setString(5, line == 1 ? debit : credit);
                            p.setLong(6, line == 1 ? amount : 0);
                            p.setLong(7, line == 1 ? 0 : amount);
                            p.addBatch();
                        }
                    }
                }
                p.executeBatch();
                c.commit();
            }
            try (Statement st = c.createStatement()) {
                // fresh statistics, as a database that has lived with its rows would have
                st.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('FINANCE', 'POSTINGS', NULL)");
            }
            c.commit();
        }
        long total = count(db, "SELECT COUNT(*) FROM FINANCE.POSTINGS");
        System.out.printf("loaded %d postings (%d in all) by raw batched JDBC in %.1f s%n", postings, total,
                (System.nanoTime() - t0) / 1e9);
    }

    private static void trialBalance(DerbyFixture db, JdbcLedgerService ledger, JdbcFinanceReports reports, long province,
                                     List<Long> units, String label) throws Exception {
        String in = units.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
        String rawSql = "SELECT ACCOUNT_CODE, SUM(DEBIT), SUM(CREDIT) FROM FINANCE.POSTINGS WHERE UNIT_ID IN " + in
                + " AND ENTRY_DATE <= ? GROUP BY ACCOUNT_CODE";
        String ownSql = "SELECT ACCOUNT_CODE, SUM(DEBIT), SUM(CREDIT) FROM FINANCE.POSTINGS WHERE UNIT_ID = " + province
                + " AND ENTRY_DATE <= ? GROUP BY ACCOUNT_CODE";
        String wholeSql = "SELECT ACCOUNT_CODE, SUM(DEBIT), SUM(CREDIT) FROM FINANCE.POSTINGS GROUP BY ACCOUNT_CODE";
        // the service and the raw query must agree before their times mean anything
        TrialBalance rolled = db.user.callAs("admin", () -> ledger.trialBalance(province, YEAR_END, true));
        Map<String, long[]> raw = rawSums(db, rawSql);
        if (!rolled.balanced() || rolled.lines().size() != raw.size() || rolled.lines().stream().anyMatch(l ->
                raw.get(l.account())[0] != l.debitVnd() || raw.get(l.account())[1] != l.creditVnd())) {
            throw new IllegalStateException("the service's trial balance differs from the raw GROUP BY");
        }
        System.out.printf("trial balance (%s): %d accounts, debits = credits = %,d VND over %d units%n", label,
                rolled.lines().size(), rolled.totalDebitVnd(), rolled.unitIds().size());
        compare("LedgerService.trialBalance, rolled up over 21 units", "raw GROUP BY, same IN list and date",
                () -> db.user.callAs("admin", () -> ledger.trialBalance(province, YEAR_END, true)), () -> rawSums(db, rawSql));
        compare("FinanceReports.rows(TRIAL_BALANCE), rolled up", "raw GROUP BY, same IN list and date",
                () -> db.user.callAs("admin", () -> reports.rows(ReportKind.TRIAL_BALANCE, province, 2026, true)),
                () -> rawSums(db, rawSql));
        compare("LedgerService.trialBalance, the province's own books", "raw GROUP BY, UNIT_ID = province",
                () -> db.user.callAs("admin", () -> ledger.trialBalance(province, YEAR_END, false)), () -> rawSums(db, ownSql));
        compare("raw GROUP BY, same IN list and date", "raw GROUP BY of the whole table, no WHERE",
                () -> rawSums(db, rawSql), () -> rawSums(db, wholeSql));
        try (Connection c = db.dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
            try (PreparedStatement ps = c.prepareStatement(rawSql)) {
                ps.setDate(1, java.sql.Date.valueOf(YEAR_END));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(2);
                    }
                }
            }
            try (ResultSet rs = st.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
                rs.next();
                String plan = rs.getString(1);
                System.out.println("plan of the rolled-up GROUP BY: " + plan.lines().filter(l -> l.contains("Scan")
                        || l.contains("Index") || l.contains("Rows visited") || l.contains("Number of opens"))
                        .map(String::strip).limit(8).collect(Collectors.joining(" | ")));
            }
        }
    }

    private static void compare(String ours, String baseline, Callable<?> a, Callable<?> b) throws Exception {
        a.call();
        b.call();
        int rounds = Integer.getInteger("bench.tbRounds", 6);
        List<Double> ratios = new ArrayList<>();
        double at = 0;
        double bt = 0;
        for (int round = 1; round <= rounds; round++) {
            double x;
            double y;
            if (round % 2 == 1) {
                x = time(a, 1);
                y = time(b, 1);
            } else {
                y = time(b, 1);
                x = time(a, 1);
            }
            at += x;
            bt += y;
            ratios.add(y / x);
        }
        System.out.printf("  %s: %.0f ms; %s: %.0f ms; median ratio (baseline/ours) %.2f (%d rounds)%n", ours,
                1000 * at / rounds, baseline, 1000 * bt / rounds, median(ratios), rounds);
    }

    // --- helpers -----------------------------------------------------------------------------------

    private static Map<String, long[]> rawSums(DerbyFixture db, String sql) throws Exception {
        Map<String, long[]> sums = new java.util.TreeMap<>();
        try (Connection c = db.dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (sql.contains("?")) {
                ps.setDate(1, java.sql.Date.valueOf(YEAR_END));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sums.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }
            }
        }
        return sums;
    }

    private static double time(Callable<?> work, int times) throws Exception {
        long t = System.nanoTime();
        for (int i = 0; i < times; i++) {
            work.call();
        }
        return (System.nanoTime() - t) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static long maxId(Connection c) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(ID), 0) FROM FINANCE.ENTRIES")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long count(DerbyFixture db, String sql) throws Exception {
        try (Connection c = db.dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A configuration annotation answering its defaults, as DS does without a configuration. */
    static <A> A defaults(Class<A> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getName().equals("annotationType")) {
                return type;
            }
            if (method.getDefaultValue() != null) {
                return method.getDefaultValue();
            }
            throw new UnsupportedOperationException(method.getName());
        }));
    }
}
