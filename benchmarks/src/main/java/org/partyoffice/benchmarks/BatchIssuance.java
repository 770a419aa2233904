package org.partyoffice.benchmarks;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.partyoffice.signatures.api.CaInfo;
import org.partyoffice.signatures.api.IssueRequest;

/**
 * Certificates issued per second by the real {@code CertificateAuthority}, on a file-based Derby
 * database (durable commits, as in production) in a temporary folder deleted afterwards.
 *
 * <ol>
 * <li>Rates, time-boxed after a warm-up, with 1 and with 2 threads: {@code enrol} from PKCS#10
 * requests generated beforehand (key generation is the holder's cost, on their token, not the
 * CA's), and {@code issueSoftToken} (key generated on the server, PKCS#12 written and kept in the
 * content store). Each issuance is one request: the administrator is bound ({@code callAs}, one
 * account read) for each, as the REST API and the console do.</li>
 * <li>A 2,500-user batch on a fresh database: 2,500 accounts with Vietnamese names are created
 * (each login password hashed with PBKDF2, 100,000 iterations), then one certificate is issued to
 * each from its own CSR, one after the other, under a single administrator binding, as a batch job
 * runs.</li>
 * </ol>
 *
 * <p>Run: {@code benchmarks/run-batch.sh}, or {@code java -cp ... org.partyoffice.benchmarks.BatchIssuance};
 * system properties {@code bench.warmup} (s, default 5), {@code bench.seconds} (s, default 10),
 * {@code batch.users} (default 2500), {@code batch.accountThreads} (default 2).
 */
public final class BatchIssuance {

    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quang", "Xuân", "Thu"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa",
        "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Phương", "Quân", "Sơn", "Tâm",
        "Thảo", "Thắng", "Trang", "Tuấn", "Vân", "Việt", "Yến", "Đạt"};

    private BatchIssuance() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = Integer.getInteger("bench.warmup", 5);
        int seconds = Integer.getInteger("bench.seconds", 10);
        int users = Integer.getInteger("batch.users", 2500);
        int accountThreads = Integer.getInteger("batch.accountThreads", 2);
        System.out.printf("# BatchIssuance %s, %s %s, %d cores, warm-up %d s, measurement %d s, batch %d users%n",
                LocalDate.now(), System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), warmup, seconds, users);
        rates(warmup, seconds);
        batch(users, accountThreads);
    }

    // --- rates -------------------------------------------------------------------------------------

    private static void rates(int warmup, int seconds) throws Exception {
        try (SignaturesFixture fx = new SignaturesFixture()) {
            List<String> holders = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String[] person = person(i);
                fx.createSigner(person[0], person[1]);
                holders.add(person[0]);
            }
            SecureRandom random = new SecureRandom();
            List<String> csrs = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                csrs.add(SignaturesFixture.csr("holder " + i, random));
            }
            AtomicInteger next = new AtomicInteger();
            Op enrol = () -> {
                int i = next.getAndIncrement() & Integer.MAX_VALUE;
                IssueRequest request = SignaturesFixture.personal(holders.get(i % holders.size()));
                fx.asAdmin(() -> fx.ca.enrol(csrs.get(i % csrs.size()), request));
            };
            Op softToken = () -> {
                int i = next.getAndIncrement() & Integer.MAX_VALUE;
                IssueRequest request = SignaturesFixture.personal(holders.get(i % holders.size()));
                fx.asAdmin(() -> fx.ca.issueSoftToken(request, SignaturesFixture.TOKEN_PASSWORD));
            };
            System.out.println();
            System.out.println("| operation | threads | certificates | seconds | certificates/s |");
            System.out.println("|---|---|---|---|---|");
            for (int threads : new int[] {1, 2}) {
                run("`enrol` (PKCS#10, pre-generated)", enrol, threads, warmup, seconds);
            }
            for (int threads : new int[] {1, 2}) {
                run("`issueSoftToken` (server key + PKCS#12)", softToken, threads, warmup, seconds);
            }
            CaInfo info = fx.asAdmin(fx.ca::info);
            System.out.println();
            System.out.println("register after the rate runs: " + info);
        }
    }

    @FunctionalInterface
    private interface Op {
        void run() throws Exception;
    }

    private static void run(String label, Op op, int threads, int warmup, int seconds) throws Exception {
        timed(op, threads, warmup); // warm-up, not reported
        long start = System.nanoTime();
        long count = timed(op, threads, seconds);
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %.1f | **%.0f** |%n", label, threads, count, elapsed,
                count / elapsed);
    }

    /** Runs {@code op} on {@code threads} threads until {@code seconds} pass; the number of operations done. */
    private static long timed(Op op, int threads, int seconds) throws Exception {
        LongAdder done = new LongAdder();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        op.run();
                        done.increment();
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            pool.shutdown();
        }
        return done.sum();
    }

    // --- the 2,500-user batch ----------------------------------------------------------------------

    private static void batch(int users, int accountThreads) throws Exception {
        try (SignaturesFixture fx = new SignaturesFixture()) {
            List<String[]> people = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                people.add(person(i));
            }
            SecureRandom random = new SecureRandom();
            long t0 = System.nanoTime();
            List<String> csrs = new ArrayList<>(users);
            for (String[] p : people) {
                csrs.add(SignaturesFixture.csr(p[1], random));
            }
            double csrSeconds = (System.nanoTime() - t0) / 1e9;

            // Accounts: each login password is hashed (PBKDF2, 100,000 iterations): CPU-bound, so in parallel.
            long t1 = System.nanoTime();
            AtomicInteger nextAccount = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(accountThreads);
            try {
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < accountThreads; t++) {
                    workers.add(pool.submit(() -> {
                        for (int i = nextAccount.getAndIncrement(); i < users; i = nextAccount.getAndIncrement()) {
                            fx.createSigner(people.get(i)[0], people.get(i)[1]);
                        }
                        return null;
                    }));
                }
                for (Future<?> w : workers) {
                    w.get();
                }
            } finally {
                pool.shutdown();
            }
            double accountSeconds = (System.nanoTime() - t1) / 1e9;

            // Certificates: one after the other, one administrator binding for the whole job.
            long t2 = System.nanoTime();
            int issued = fx.asAdmin(() -> {
                int n = 0;
                for (int i = 0; i < users; i++) {
                    fx.ca.enrol(csrs.get(i), SignaturesFixture.personal(people.get(i)[0]));
                    n++;
                }
                return n;
            });
            double issueSeconds = (System.nanoTime() - t2) / 1e9;
            CaInfo info = fx.asAdmin(fx.ca::info);

            System.out.println();
            System.out.printf(Locale.ROOT, "## batch of %d users (e.g. first: %s = %s; last: %s = %s)%n", users,
                    people.get(0)[0], people.get(0)[1], people.get(users - 1)[0], people.get(users - 1)[1]);
            System.out.println("| phase | threads | count | seconds | per second |");
            System.out.println("|---|---|---|---|---|");
            System.out.printf(Locale.ROOT, "| CSRs generated (holders' cost, not timed in the batch) | 1 | %d | %.1f | %.0f |%n",
                    users, csrSeconds, users / csrSeconds);
            System.out.printf(Locale.ROOT, "| accounts created | %d | %d | %.1f | %.0f |%n", accountThreads, users,
                    accountSeconds, users / accountSeconds);
            System.out.printf(Locale.ROOT, "| certificates issued (`enrol`) | 1 | %d | %.1f | **%.0f** |%n", issued,
                    issueSeconds, issued / issueSeconds);
            System.out.printf(Locale.ROOT, "| batch total (accounts + certificates) | | %d | %.1f | %.1f users/s |%n", users,
                    accountSeconds + issueSeconds, users / (accountSeconds + issueSeconds));
            System.out.println();
            System.out.println("register after the batch: " + info);
            if (info.issued() != issued) {
                throw new IllegalStateException("the register counts " + info.issued() + " certificates, not " + issued);
            }
        }
    }

    /** A login and a Vietnamese full name, distinct for each {@code i}. */
    static String[] person(int i) {
        String surname = SURNAMES[i % SURNAMES.length];
        String middle = MIDDLE[(i / SURNAMES.length) % MIDDLE.length];
        String given = GIVEN[(i / (SURNAMES.length * MIDDLE.length)) % GIVEN.length];
        String fullName = surname + " " + middle + " " + given;
        String login = ascii(surname + "." + middle + "." + given) + "." + String.format(Locale.ROOT, "%04d", i);
        return new String[] {login, fullName};
    }

    private static String ascii(String s) {
        String stripped = Normalizer.normalize(s.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT);
    }
}
