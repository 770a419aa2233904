package org.partyoffice.benchmarks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.partyoffice.meetings.api.Candidate;
import org.partyoffice.meetings.api.CountResult;
import org.partyoffice.meetings.api.ElectionRules;
import org.partyoffice.meetings.api.MeetingType;
import org.partyoffice.meetings.api.NewMeeting;
import org.partyoffice.meetings.impl.internal.JdbcMeetingService;
import org.partyoffice.meetings.impl.internal.MeetingEventPublisher;
import org.partyoffice.meetings.impl.internal.MeetingsSchema;
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
import org.partyoffice.platform.core.internal.JdbcOrganisationService;
import org.partyoffice.platform.core.internal.JdbcTransactions;
import org.partyoffice.platform.core.internal.MigrationRunner;
import org.partyoffice.platform.core.internal.PlatformDatabase;
import org.partyoffice.platform.core.internal.ThreadCurrentUser;

/**
 * The meetings module's two heavy paths, each against a baseline in the same run:
 * <ol>
 * <li>counting an election of 1,000 ballots over 100 candidates for 75 seats (the counter
 * validates every ballot, tallies, applies the threshold, finds ties and digests the ballots)
 * against a bare tally into an {@code int[]};</li>
 * <li>a year of an office's meetings (420: 220 conferences and 200 working sessions, as one
 * province's term reported per year) scheduled with the conflict checks, then every week's and
 * month's calendar query through {@code MeetingService.calendar} against the same {@code SELECT}
 * in plain JDBC.</li>
 * </ol>
 * Run: {@code benchmarks/run-meetings.sh}.
 */
public final class MeetingsBenchmark {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private MeetingsBenchmark() {
    }

    public static void main(String[] args) throws Throwable {
        System.out.printf("# MeetingsBenchmark %s, %s %s, %d cores%n", LocalDate.now(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        counting();
        calendar();
    }

    private static void counting() throws Throwable {
        Class<?> counter = Class.forName("org.partyoffice.meetings.impl.internal.BallotCounter");
        MethodHandle count = MethodHandles.privateLookupIn(counter, MethodHandles.lookup()).findStatic(counter, "count",
                MethodType.methodType(CountResult.class, long.class, ElectionRules.class, List.class, int.class,
                        SortedMap.class));
        List<Candidate> candidates = new ArrayList<>();
        for (long i = 1; i <= 100; i++) {
            candidates.add(new Candidate(i, 1, "Ứng viên " + i, false, 0));
        }
        Random random = new Random(2026);
        SortedMap<Integer, Set<Long>> ballots = new TreeMap<>();
        for (int n = 1; n <= 1000; n++) {
            Set<Long> struck = new HashSet<>();
            while (struck.size() < 25 + random.nextInt(10)) {
                struck.add(1L + random.nextInt(100));
            }
            ballots.put(n, struck);
        }
        ElectionRules rules = ElectionRules.standard(75);
        int rounds = 200;
        long[] counter1 = new long[rounds];
        long[] bare = new long[rounds];
        long sink = 0;
        for (int warm = 0; warm < 2; warm++) {
            for (int r = 0; r < rounds; r++) {
                long s = System.nanoTime();
                CountResult result = (CountResult) count.invoke(1L, rules, candidates, 1000, ballots);
                counter1[r] = System.nanoTime() - s;
                sink += result.seatsFilled();
                s = System.nanoTime();
                int[] votes = new int[101];
                for (Set<Long> b : ballots.values()) {
                    for (int id = 1; id <= 100; id++) {
                        if (!b.contains((long) id)) {
                            votes[id]++;
                        }
                    }
                }
                bare[r] = System.nanoTime() - s;
                sink += votes[1];
            }
        }
        Arrays.sort(counter1);
        Arrays.sort(bare);
        System.out.println("| 1,000 ballots × 100 candidates, 75 seats | median (ms) | max (ms) | vs bare tally |");
        System.out.println("|---|---|---|---|");
        System.out.printf("| bare tally into int[] (baseline) | %.2f | %.2f | 1.00× |%n", bare[rounds / 2] / 1e6, bare[rounds - 1] / 1e6);
        System.out.printf("| BallotCounter.count (validate, tally, threshold, ties, digest) | %.2f | %.2f | %.2f× |%n",
                counter1[rounds / 2] / 1e6, counter1[rounds - 1] / 1e6, (double) counter1[rounds / 2] / bare[rounds / 2]);
        System.out.println("(sink " + sink + ")");
    }

    private static void calendar() throws Exception {
        Path dir = Files.createTempDirectory("po-bench-meetings");
        System.setProperty("derby.stream.error.file", dir.resolve("derby.log").toString());
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(dir.resolve("db").toString());
        ds.setCreateDatabase("create");
        try {
            JdbcTransactions tx = new JdbcTransactions(ds);
            MigrationRunner migrations = new MigrationRunner(tx);
            migrations.migrate("PLATFORM", PlatformDatabase.class, "db/platform");
            ThreadCurrentUser user = new ThreadCurrentUser(tx);
            JdbcAuditTrail audit = new JdbcAuditTrail(tx, user);
            Events events = new Events();
            JdbcOrganisationService organisation = new JdbcOrganisationService(tx, audit, user, events);
            JdbcAccountService accounts = new JdbcAccountService(tx, audit, user, organisation, events);
            DerbyFixture.seedAdmin(ds);
            Unit province = user.callAs("admin", () -> organisation.create(new NewUnit("000.00.00.H37", "Tỉnh ủy Lào Cai",
                    UnitType.PROVINCE, null, LocalDate.of(2025, 7, 1))));
            List<String> members = new ArrayList<>();
            for (int i = 1; i <= 40; i++) {
                String login = "uv" + i;
                members.add(login);
                user.callAs("admin", () -> accounts.create(new AccountChange(login, "Ủy viên " + login, "mật khẩu đăng nhập 1",
                        Set.of(Roles.VIEWER), Clearance.MAT, province.id(), true)));
            }
            user.callAs("admin", () -> accounts.create(new AccountChange("van.thu", "Văn thư", "mật khẩu đăng nhập 1",
                    Set.of(Roles.OFFICE_STAFF), Clearance.MAT, province.id(), true)));
            JdbcMeetingService meetings = new JdbcMeetingService(tx, user, audit, accounts, organisation,
                    new FileContentStore(dir.resolve("files")), new MeetingEventPublisher(), new MeetingsSchema(migrations));
            List<Long> rooms = new ArrayList<>();
            for (int r = 1; r <= 4; r++) {
                int n = r;
                rooms.add(user.callAs("van.thu", () -> meetings.saveRoom("Phòng họp " + n, 200, null)).id());
            }
            // 420 meetings over 2026: each weekday has slots 08:00, 10:00, 14:00, 16:00 in four rooms.
            long t0 = System.nanoTime();
            int scheduled = 0;
            LocalDate day = LocalDate.of(2026, 1, 5);
            Random random = new Random(5);
            while (scheduled < 420) {
                if (day.getDayOfWeek().getValue() <= 5) {
                    for (int slot = 0; slot < 2 && scheduled < 420; slot++) {
                        int hour = new int[] {8, 10, 14, 16}[random.nextInt(4)];
                        Instant start = day.atTime(hour, 0).atZone(HANOI).toInstant();
                        boolean conference = scheduled % 21 < 11;
                        List<String> required = new ArrayList<>();
                        for (int k = 0; k < (conference ? 30 : 5); k++) {
                            required.add(members.get((scheduled * 7 + k) % members.size()));
                        }
                        int s = scheduled;
                        try {
                            user.callAs("van.thu", () -> meetings.schedule(new NewMeeting(province.id(),
                                    conference ? MeetingType.EXECUTIVE_COMMITTEE_CONFERENCE : MeetingType.WORKING_SESSION,
                                    (conference ? "Hội nghị số " : "Làm việc số ") + s, null, rooms.get(s % 4), start,
                                    start.plusSeconds(7200), required)));
                            scheduled++;
                        } catch (org.partyoffice.platform.api.ConflictException busy) {
                            // the same slot again: another day's turn
                        }
                    }
                }
                day = day.plusDays(1);
            }
            double scheduleMs = (System.nanoTime() - t0) / 1e6;
            System.out.printf("scheduled %d meetings with conflict checks in %.0f ms (%.1f ms each)%n", scheduled, scheduleMs,
                    scheduleMs / scheduled);

            List<Instant[]> ranges = new ArrayList<>();
            for (LocalDate w = LocalDate.of(2026, 1, 5); w.getYear() == 2026; w = w.plusWeeks(1)) {
                ranges.add(new Instant[] {w.atStartOfDay(HANOI).toInstant(), w.plusWeeks(1).atStartOfDay(HANOI).toInstant()});
            }
            for (int m = 1; m <= 12; m++) {
                LocalDate first = LocalDate.of(2026, m, 1);
                ranges.add(new Instant[] {first.atStartOfDay(HANOI).toInstant(), first.plusMonths(1).atStartOfDay(HANOI).toInstant()});
            }
            long[] service = new long[ranges.size() * 5];
            long[] raw = new long[ranges.size() * 5];
            int found = 0;
            try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT ID, TITLE FROM "
                    + "MEETINGS.MEETINGS WHERE STARTS_AT < ? AND ENDS_AT > ? ORDER BY STARTS_AT, ID")) {
                for (int round = 0; round < 6; round++) {
                    for (int i = 0; i < ranges.size(); i++) {
                        Instant[] r = ranges.get(i);
                        long s = System.nanoTime();
                        found += meetings.calendar(r[0], r[1]).size();
                        long a = System.nanoTime() - s;
                        s = System.nanoTime();
                        ps.setLong(1, r[1].toEpochMilli());
                        ps.setLong(2, r[0].toEpochMilli());
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                found++;
                            }
                        }
                        long b = System.nanoTime() - s;
                        if (round > 0) {
                            service[(round - 1) * ranges.size() + i] = a;
                            raw[(round - 1) * ranges.size() + i] = b;
                        }
                    }
                }
            }
            Arrays.sort(service);
            Arrays.sort(raw);
            System.out.println("| calendar query (52 weeks + 12 months, ×5) | median (ms) | p99 (ms) | median vs raw |");
            System.out.println("|---|---|---|---|");
            System.out.printf("| raw JDBC SELECT (baseline) | %.2f | %.2f | 1.00× |%n", raw[raw.length / 2] / 1e6,
                    raw[raw.length * 99 / 100] / 1e6);
            System.out.printf("| MeetingService.calendar (with required lists) | %.2f | %.2f | %.2f× |%n",
                    service[service.length / 2] / 1e6, service[service.length * 99 / 100] / 1e6,
                    (double) service[service.length / 2] / raw[raw.length / 2]);
            System.out.println("(rows read " + found + ")");
        } finally {
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
