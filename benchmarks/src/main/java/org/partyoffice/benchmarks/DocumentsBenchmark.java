package org.partyoffice.benchmarks;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.partyoffice.documents.api.DocumentService;
import org.partyoffice.documents.api.NewDraft;
import org.partyoffice.documents.api.Urgency;
import org.partyoffice.documents.impl.internal.Access;
import org.partyoffice.documents.impl.internal.DocumentEventPublisher;
import org.partyoffice.documents.impl.internal.DocumentIndex;
import org.partyoffice.documents.impl.internal.DocumentsSchema;
import org.partyoffice.documents.impl.internal.JdbcDocumentService;
import org.partyoffice.platform.api.AccountChange;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.NewUnit;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.api.UnitType;
import org.partyoffice.platform.core.internal.Events;
import org.partyoffice.platform.core.internal.FileContentStore;
import org.partyoffice.platform.core.internal.JdbcAccountService;
import org.partyoffice.platform.core.internal.JdbcAuditTrail;
import org.partyoffice.platform.core.internal.JdbcNumberingService;
import org.partyoffice.platform.core.internal.JdbcOrganisationService;
import org.partyoffice.platform.core.internal.JdbcTransactions;
import org.partyoffice.platform.core.internal.MigrationRunner;
import org.partyoffice.platform.core.internal.PlatformDatabase;
import org.partyoffice.platform.core.internal.ThreadCurrentUser;

/**
 * The documents module at the size of a province's archive of registers: {@code docs.count}
 * (default 1,000,000) promulgated documents bulk-loaded into a file-based embedded Derby database,
 * then, each against its raw-JDBC baseline in the same run:
 * <ol>
 * <li>lookup by number and symbol ({@code findBySymbol}) as a clerk of the province (who sees every
 * unit) and as a commune's clerk (whose scope is a list of units), each lookup bound as a request
 * is ({@code callAs}, one account read), against a plain indexed {@code SELECT};</li>
 * <li>drafts created per second ({@code createDraft}: type check, row, timeline entry, audit entry
 * in one transaction) against a single-row insert with its own commit.</li>
 * </ol>
 * Run: {@code benchmarks/run-documents.sh}; system properties {@code docs.count},
 * {@code docs.lookups} (default 20,000), {@code bench.seconds} (default 10).
 */
public final class DocumentsBenchmark {

    private static final String[] TYPES = {"NQ", "QĐ", "CT", "KL", "QC", "QĐi", "TB", "HD", "BC", "TTr", "KH", "CTr", "ĐA",
        "CV", "BB"};
    private static final String[] WORDS = {"chuyển đổi số", "công tác cán bộ", "xây dựng Đảng", "phát triển kinh tế",
        "quốc phòng an ninh", "cải cách hành chính", "văn hóa xã hội", "giáo dục đào tạo", "y tế cơ sở", "nông thôn mới",
        "phòng chống tham nhũng", "thi đua khen thưởng", "kiểm tra giám sát", "dân vận", "tuyên giáo", "đối ngoại",
        "môi trường", "du lịch", "giảm nghèo bền vững", "sáp nhập đơn vị hành chính"};
    private static final String[] FORMS = {"về", "về việc", "về tăng cường", "về đẩy mạnh", "về nâng cao chất lượng",
        "về thực hiện", "về triển khai"};

    private DocumentsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("docs.count", 1_000_000);
        int lookups = Integer.getInteger("docs.lookups", 20_000);
        int seconds = Integer.getInteger("bench.seconds", 10);
        System.out.printf("# DocumentsBenchmark %s, %s %s, %d cores, %,d documents, %,d lookups, %d s rates%n",
                LocalDate.now(), System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), count, lookups, seconds);
        try (Bench b = new Bench()) {
            long t0 = System.nanoTime();
            List<String> symbols = b.load(count);
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("loaded %,d documents in %.1f s (%,.0f rows/s, JDBC batches of 5,000)%n", count, loadSeconds,
                    count / loadSeconds);
            lookups(b, symbols, lookups);
            rates(b, seconds);
        }
    }

    private static void lookups(Bench b, List<String> symbols, int n) throws Exception {
        Random random = new Random(7);
        String[] picks = new String[n];
        for (int i = 0; i < n; i++) {
            picks[i] = symbols.get(random.nextInt(symbols.size()));
        }
        // warm-up: a tenth of each
        timeRaw(b, Arrays.copyOf(picks, n / 10));
        timeService(b, Bench.CLERK, Arrays.copyOf(picks, n / 10));
        timeService(b, Bench.COMMUNE_CLERK, Arrays.copyOf(picks, n / 10));
        long[] raw = timeRaw(b, picks);
        long[] province = timeService(b, Bench.CLERK, picks);
        long[] commune = timeService(b, Bench.COMMUNE_CLERK, picks);
        System.out.println("| lookup by symbol | p50 (µs) | p99 (µs) | max (µs) | p99 vs raw |");
        System.out.println("|---|---|---|---|---|");
        row("raw JDBC SELECT by SYMBOL, PERIOD (baseline)", raw, raw);
        row("findBySymbol as the province's clerk", province, raw);
        row("findBySymbol as a commune's clerk (scope: unit list)", commune, raw);
    }

    private static void row(String name, long[] nanos, long[] baseline) {
        System.out.printf("| %s | %d | %d | %d | %.2f× |%n", name, pct(nanos, 50) / 1000, pct(nanos, 99) / 1000,
                nanos[nanos.length - 1] / 1000, (double) pct(nanos, 99) / pct(baseline, 99));
    }

    private static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)];
    }

    private static long[] timeRaw(Bench b, String[] picks) throws SQLException {
        long[] t = new long[picks.length];
        try (Connection c = b.dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT ID, TITLE FROM DOCUMENTS.DOCUMENTS WHERE SYMBOL = ? AND PERIOD = ?")) {
            for (int i = 0; i < picks.length; i++) {
                long s = System.nanoTime();
                ps.setString(1, picks[i]);
                ps.setString(2, "2025-2030");
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("missing " + picks[i]);
                    }
                }
                t[i] = System.nanoTime() - s;
            }
        }
        Arrays.sort(t);
        return t;
    }

    private static long[] timeService(Bench b, String login, String[] picks) throws Exception {
        long[] t = new long[picks.length];
        int found = 0;
        for (int i = 0; i < picks.length; i++) {
            String symbol = picks[i];
            long s = System.nanoTime();
            if (b.as(login, () -> b.documents.findBySymbol(symbol, "2025-2030")).isPresent()) {
                found++;
            }
            t[i] = System.nanoTime() - s;
        }
        if (found == 0) {
            throw new IllegalStateException(login + " found nothing");
        }
        Arrays.sort(t);
        return t;
    }

    private static void rates(Bench b, int seconds) throws Exception {
        long rawOps = 0;
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        try (Connection c = b.dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(Bench.INSERT)) {
            while (System.nanoTime() < end) {
                Bench.bindRow(ps, b.province.id(), "CV", "Công văn thử " + rawOps, 0, null, null);
                ps.executeUpdate();
                rawOps++;
            }
        }
        long serviceOps = 0;
        end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            long n = serviceOps;
            b.as(Bench.CLERK, () -> b.documents.createDraft(new NewDraft(b.province.id(), "CV", "Công văn dự thảo " + n,
                    Clearance.UNCLASSIFIED, Urgency.NORMAL)));
            serviceOps++;
        }
        double raw = (double) rawOps / seconds;
        double service = (double) serviceOps / seconds;
        System.out.println("| documents created | per second | vs raw |");
        System.out.println("|---|---|---|");
        System.out.printf("| raw JDBC insert, own commit (baseline) | %.0f | 1.00× |%n", raw);
        System.out.printf("| createDraft (row + timeline + audit, one transaction) | %.0f | %.2f× |%n", service, service / raw);
    }

    /** Platform and documents services on a file-based Derby database in a temporary folder. */
    static final class Bench implements AutoCloseable {
        static final String CLERK = "van.thu";
        static final String COMMUNE_CLERK = "van.thu.xa";
        static final String INSERT = "INSERT INTO DOCUMENTS.DOCUMENTS (UNIT_ID, TYPE_CODE, TITLE, STATUS, CLASSIFICATION, "
                + "URGENCY, NUMBER, SYMBOL, PERIOD, PROMULGATED_ON, PROMULGATED_AT, SIGNED_DIGITALLY, CREATED_BY, CREATED_AT, "
                + "UPDATED_AT) VALUES (?,?,?,?,?,'NORMAL',?,?,?,?,?,FALSE,'bench',?,?)";

        final Path dir;
        final EmbeddedDataSource dataSource = new EmbeddedDataSource();
        final JdbcTransactions tx;
        final ThreadCurrentUser user;
        final JdbcOrganisationService organisation;
        final JdbcAccountService accounts;
        final Unit province;
        final List<Unit> communes = new ArrayList<>();
        final DocumentService documents;

        Bench() throws Exception {
            dir = Files.createTempDirectory("po-bench-documents");
            System.setProperty("derby.stream.error.file", dir.resolve("derby.log").toString());
            dataSource.setDatabaseName(dir.resolve("db").toString());
            dataSource.setCreateDatabase("create");
            tx = new JdbcTransactions(dataSource);
            MigrationRunner migrations = new MigrationRunner(tx);
            migrations.migrate("PLATFORM", PlatformDatabase.class, "db/platform");
            user = new ThreadCurrentUser(tx);
            JdbcAuditTrail audit = new JdbcAuditTrail(tx, user);
            Events events = new Events();
            organisation = new JdbcOrganisationService(tx, audit, user, events);
            accounts = new JdbcAccountService(tx, audit, user, organisation, events);
            DerbyFixture.seedAdmin(dataSource);
            LocalDate start = LocalDate.of(2025, 7, 1);
            province = as("admin", () -> organisation.create(new NewUnit("000.00.00.H37", "Tỉnh ủy Lào Cai",
                    UnitType.PROVINCE, null, start)));
            for (int i = 1; i <= 60; i++) {
                int n = i;
                communes.add(as("admin", () -> organisation.create(new NewUnit(String.format("000.10.%02d.H37", n),
                        "Đảng ủy xã số " + n, UnitType.COMMUNE, province.id(), start))));
            }
            as("admin", () -> accounts.create(new AccountChange(CLERK, "Lê Thị Văn Thư", "mật khẩu đăng nhập 1",
                    Set.of(Roles.OFFICE_STAFF), Clearance.TUYET_MAT, province.id(), true)));
            as("admin", () -> accounts.create(new AccountChange(COMMUNE_CLERK, "Hà Văn Thư", "mật khẩu đăng nhập 1",
                    Set.of(Roles.OFFICE_STAFF), Clearance.MAT, communes.get(0).id(), true)));
            DocumentsSchema schema = new DocumentsSchema(migrations);
            Access access = new Access(user, organisation, audit);
            DocumentIndex index = new DocumentIndex(tx, access, schema);
            documents = new JdbcDocumentService(tx, access, audit, new JdbcNumberingService(tx),
                    new FileContentStore(dir.resolve("files")), organisation, accounts, index, new DocumentEventPublisher(),
                    config(JdbcDocumentService.Config.class));
        }

        /** Bulk-loads promulgated documents; returns their symbols (province and communes mixed). */
        List<String> load(int count) throws SQLException {
            List<String> symbols = new ArrayList<>(count);
            Random random = new Random(42);
            List<Unit> units = new ArrayList<>(communes);
            units.add(0, province);
            long[][] next = new long[units.size()][TYPES.length];
            LocalDate day = LocalDate.of(2025, 7, 1);
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
                c.setAutoCommit(false);
                for (int i = 0; i < count; i++) {
                    int u = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(communes.size());
                    int t = random.nextInt(TYPES.length);
                    long number = ++next[u][t];
                    String issuer = u == 0 ? "TU" : "ĐU" + u;
                    String symbol = String.format("%02d-%s/%s", number, TYPES[t], issuer);
                    int r = random.nextInt(100);
                    int classification = r < 85 ? 0 : r < 95 ? 1 : r < 99 ? 2 : 3;
                    String title = FORMS[random.nextInt(FORMS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " và "
                            + WORDS[random.nextInt(WORDS.length)] + " năm " + (2025 + random.nextInt(5));
                    bindRow(ps, units.get(u).id(), TYPES[t], title, classification, number, symbol);
                    ps.setDate(9, java.sql.Date.valueOf(day.plusDays(i % 1800)));
                    ps.addBatch();
                    symbols.add(symbol);
                    if (i % 5000 == 4999) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
            return symbols;
        }

        static void bindRow(PreparedStatement ps, long unit, String type, String title, int classification, Long number,
                            String symbol) throws SQLException {
            long now = System.currentTimeMillis();
            ps.setLong(1, unit);
            ps.setString(2, type);
            ps.setString(3, title);
            ps.setString(4, number == null ? "DRAFT" : "PROMULGATED");
            ps.setInt(5, classification);
            if (number == null) {
                ps.setNull(6, java.sql.Types.BIGINT);
            } else {
                ps.setLong(6, number);
            }
            ps.setString(7, symbol);
            ps.setString(8, number == null ? null : "2025-2030");
            ps.setDate(9, number == null ? null : java.sql.Date.valueOf(LocalDate.of(2026, 1, 1)));
            if (number == null) {
                ps.setNull(10, java.sql.Types.BIGINT);
            } else {
                ps.setLong(10, now);
            }
            ps.setLong(11, now);
            ps.setLong(12, now);
        }

        <T> T as(String login, Callable<T> work) throws Exception {
            return user.callAs(login, work);
        }

        static <A> A config(Class<A> type) {
            return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) ->
                    method.getDefaultValue() != null ? method.getDefaultValue() : type));
        }

        @Override
        public void close() throws Exception {
            EmbeddedDataSource shutdown = new EmbeddedDataSource();
            shutdown.setDatabaseName(dir.resolve("db").toString());
            shutdown.setShutdownDatabase("shutdown");
            try {
                shutdown.getConnection().close();
            } catch (SQLException expected) {
                // Derby reports a successful shutdown as an exception
            }
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
