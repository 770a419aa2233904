package org.partyoffice.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts created per second <b>over REST</b> against raw JDBC inserts on the same Derby database,
 * in the same run: the real distribution ({@code karaf-assembly/target/*.tar.gz}) is unpacked into
 * a temporary folder, configured to boot with {@code partyoffice-documents} (and so with
 * {@code partyoffice-search}: every draft is also indexed, as in production), started on 127.0.0.1
 * with free ports, and driven with {@code POST /api/documents} from this JVM over HTTP/1.1
 * keep-alive with Basic authentication as an office clerk (the platform remembers a verified
 * credential for a minute, as for any API client).
 *
 * <p>The baseline is a single-row {@code INSERT} into {@code DOCUMENTS.DOCUMENTS} with its own
 * commit (as in {@link DocumentsBenchmark}), on the same database files. Embedded Derby lets only
 * one JVM open a database, so the baseline runs while the distribution is stopped; rounds
 * alternate which comes first (REST, raw, then raw, REST, ...) so that a change of load on a shared
 * machine does not favour one side. Each measurement has a warm-up; the load average is printed
 * beside each. The distribution is stopped and the folder deleted at the end.
 *
 * <p>Run: {@code benchmarks/run-documents-rest.sh}; system properties {@code dist.tarball}
 * (required), {@code bench.seconds} (default 15), {@code bench.warmupSeconds} (5),
 * {@code bench.rounds} (2), {@code bench.threads} (1: client threads, and connections for the
 * baseline), {@code dist.maxMem} (1024M).
 */
public final class DocumentsRestBenchmark {

    private static final String ADMIN_PASSWORD = "Benchmark-password-1";
    private static final String CLERK = "van.thu";
    private static final String CLERK_PASSWORD = "mật khẩu văn thư 1";

    private DocumentsRestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path tarball = Path.of(required("dist.tarball"));
        int seconds = Integer.getInteger("bench.seconds", 15);
        int warmup = Integer.getInteger("bench.warmupSeconds", 5);
        int rounds = Integer.getInteger("bench.rounds", 2);
        int threads = Integer.getInteger("bench.threads", 1);
        System.out.printf("# DocumentsRestBenchmark %s, %s %s, %d cores, %s, %d round(s) of %d s (+%d s warm-up), %d thread(s)%n",
                LocalDate.now(), System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), tarball.getFileName(), rounds, seconds, warmup, threads);
        try (Distribution dist = new Distribution(tarball)) {
            dist.start();
            long unit = dist.prepare();
            // The floor of any REST call here: HTTP, authentication, JAX-RS and JSON, no database.
            Rate floor = dist.getLoop("/api/documents/capabilities", threads, warmup, seconds);
            System.out.printf("GET /api/documents/capabilities (no database): %s/s, p50 / p99 %s ms, load %s%n",
                    fmt(floor.perSecond()), floor.latencies(), floor.load());
            List<String[]> rows = new ArrayList<>();
            double[] restRates = new double[rounds];
            double[] rawRates = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                boolean restFirst = r % 2 == 0;
                Rate rest = null;
                Rate raw = null;
                for (int step = 0; step < 2; step++) {
                    if ((step == 0) == restFirst) {
                        if (!dist.running()) {
                            dist.start();
                        }
                        rest = dist.postDrafts(unit, threads, warmup, seconds, r);
                    } else {
                        dist.stop();
                        raw = rawInserts(dist.database(), unit, threads, warmup, seconds);
                    }
                }
                restRates[r] = rest.perSecond();
                rawRates[r] = raw.perSecond();
                rows.add(new String[] {Integer.toString(r + 1), restFirst ? "REST, raw" : "raw, REST",
                        fmt(rest.perSecond()), rest.latencies(), rest.load(), fmt(raw.perSecond()), raw.latencies(), raw.load(),
                        String.format(Locale.ROOT, "%.3f×", rest.perSecond() / raw.perSecond())});
            }
            if (dist.running()) {
                dist.stop();
            }
            System.out.println();
            System.out.println("| round | order | REST drafts/s | REST p50 / p99 (ms) | load avg | raw inserts/s | raw p50 / p99 (ms) "
                    + "| load avg | REST / raw |");
            System.out.println("|---|---|---|---|---|---|---|---|---|");
            for (String[] row : rows) {
                System.out.println("| " + String.join(" | ", row) + " |");
            }
            double rest = median(restRates);
            double raw = median(rawRates);
            System.out.printf(Locale.ROOT, "| **median** | | **%s** | | | **%s** | | | **%.3f×** |%n", fmt(rest), fmt(raw), rest / raw);
            System.out.printf("documents in the table at the end: %,d%n", dist.countRows());
        }
    }

    // ---------------------------------------------------------------- baseline

    private static Rate rawInserts(Path database, long unit, int threads, int warmup, int seconds) throws Exception {
        String url = "jdbc:derby:" + database;
        timedLoop(threads, warmup, worker -> rawWorker(url, unit, worker)); // warm-up
        Load load = Load.start();
        Rate rate = timedLoop(threads, seconds, worker -> rawWorker(url, unit, worker));
        rate = rate.withLoad(load.end());
        // The distribution re-indexes the whole table when the index and the table disagree in size: take
        // the baseline's rows out again, so that the next REST round is not measured beside a rebuild.
        try (Connection c = DriverManager.getConnection(url); var st = c.createStatement()) {
            st.executeUpdate("DELETE FROM DOCUMENTS.DOCUMENTS WHERE CREATED_BY = 'bench'");
        }
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a successful shutdown as an exception; the distribution opens it next.
        }
        return rate;
    }

    private static Worker rawWorker(String url, long unit, int worker) throws SQLException {
        Connection c = DriverManager.getConnection(url);
        PreparedStatement ps = c.prepareStatement(DocumentsBenchmark.Bench.INSERT);
        int[] n = {0};
        return new Worker() {
            @Override
            public void once() throws Exception {
                DocumentsBenchmark.Bench.bindRow(ps, unit, "CV", "Công văn thử " + worker + "-" + n[0]++, 0, null, null);
                ps.executeUpdate();
            }

            @Override
            public void close() throws SQLException {
                ps.close();
                c.close();
            }
        };
    }

    // ---------------------------------------------------------------- timing

    interface Worker extends AutoCloseable {
        void once() throws Exception;
    }

    @FunctionalInterface
    interface WorkerFactory {
        Worker open(int worker) throws Exception;
    }

    /** {@code threads} workers each looping for {@code seconds}; every operation's latency kept. */
    static Rate timedLoop(int threads, int seconds, WorkerFactory factory) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<long[]>> results = new ArrayList<>();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            for (int t = 0; t < threads; t++) {
                int worker = t;
                results.add(pool.submit(() -> {
                    long[] times = new long[1 << 16];
                    int n = 0;
                    try (Worker w = factory.open(worker)) {
                        long now;
                        while ((now = System.nanoTime()) < end) {
                            w.once();
                            if (n == times.length) {
                                times = Arrays.copyOf(times, n * 2);
                            }
                            times[n++] = System.nanoTime() - now;
                        }
                    }
                    return Arrays.copyOf(times, n);
                }));
            }
            long[] all = new long[0];
            for (Future<long[]> f : results) {
                long[] part = f.get();
                long[] merged = Arrays.copyOf(all, all.length + part.length);
                System.arraycopy(part, 0, merged, all.length, part.length);
                all = merged;
            }
            Arrays.sort(all);
            return new Rate(all.length, seconds, all, "");
        } finally {
            pool.shutdownNow();
        }
    }

    record Rate(long operations, int seconds, long[] sortedNanos, String load) {
        double perSecond() {
            return (double) operations / seconds;
        }

        String latencies() {
            return String.format(Locale.ROOT, "%.2f / %.2f", pct(50) / 1e6, pct(99) / 1e6);
        }

        long pct(int p) {
            if (sortedNanos.length == 0) {
                return 0;
            }
            return sortedNanos[Math.min(sortedNanos.length - 1, (int) Math.ceil(sortedNanos.length * p / 100.0) - 1)];
        }

        Rate withLoad(String l) {
            return new Rate(operations, seconds, sortedNanos, l);
        }
    }

    /** The 1-minute load average before and after a measurement (the machine is shared). */
    record Load(String before) {
        static Load start() {
            return new Load(now());
        }

        String end() {
            return before + "→" + now();
        }

        static String now() {
            try {
                return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
            } catch (IOException | RuntimeException e) {
                return "?";
            }
        }
    }

    // ---------------------------------------------------------------- the distribution

    /** An unpacked copy of the distribution in a temporary folder, started and stopped as a process. */
    static final class Distribution implements AutoCloseable {
        private final Path home;
        private final int httpPort;
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private volatile Process process;

        Distribution(Path tarball) throws Exception {
            home = Files.createTempDirectory("po-bench-rest");
            try {
                configure(tarball);
            } catch (Exception | Error e) {
                deleteHome(); // close() is never reached for a half-made distribution
                throw e;
            }
            httpPort = port;
            // An interrupted run (Ctrl-C) must not leave the distribution running on the shared machine.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                Process p = process;
                if (p != null) {
                    p.destroy();
                }
            }));
        }

        private int port;

        private void configure(Path tarball) throws Exception {
            System.setProperty("derby.stream.error.file", home.resolve("derby-baseline.log").toString());
            run(List.of("tar", "xzf", tarball.toAbsolutePath().toString(), "-C", home.toString(), "--strip-components=1"));
            port = freePort();
            int sshPort = freePort();
            edit("etc/org.apache.karaf.shell.cfg", "(?m)^sshPort *=.*$", "sshPort = " + sshPort);
            edit("etc/org.apache.karaf.shell.cfg", "(?m)^sshHost *=.*$", "sshHost = 127.0.0.1");
            edit("etc/org.ops4j.pax.web.cfg", "(?m)^org.osgi.service.http.port *=.*$", "org.osgi.service.http.port = " + port);
            // Boot with the documents module (and, through it, full-text search), as an office that runs it would.
            edit("etc/org.apache.karaf.features.cfg", "(?m)^featuresBoot *= *\\\\$", "featuresBoot = \\\\\n    partyoffice-documents, \\\\");
            Path password = home.resolve("admin.pw");
            Files.writeString(password, ADMIN_PASSWORD + "\n");
            Files.writeString(home.resolve("etc/org.partyoffice.platform.firststart.cfg"),
                    "\nadminPasswordFile = " + password + "\n", java.nio.file.StandardOpenOption.APPEND);
        }

        Path database() {
            return home.resolve("data/derby/partyoffice");
        }

        boolean running() {
            return process != null && process.isAlive();
        }

        void start() throws Exception {
            ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                    .redirectErrorStream(true).redirectOutput(home.resolve("console.log").toFile());
            pb.environment().put("JAVA_MAX_MEM", System.getProperty("dist.maxMem", "1024M"));
            pb.environment().put("JAVA_MIN_MEM", "256M");
            pb.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
            long t0 = System.nanoTime();
            process = pb.start();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the distribution exited; see " + home.resolve("data/log/karaf.log"));
                }
                HttpResponse<String> caps = get("/api/documents/capabilities", "admin", ADMIN_PASSWORD);
                if (caps != null && caps.statusCode() == 200 && caps.body().contains("\"fullTextSearch\":true")) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("documents did not come up within 4 minutes: "
                            + (caps == null ? "no answer" : caps.statusCode() + " " + caps.body()));
                }
                Thread.sleep(250);
            }
            System.out.printf("started the distribution with documents and search on 127.0.0.1:%d in %.1f s%n", httpPort,
                    (System.nanoTime() - t0) / 1e9);
        }

        /** The province and its clerk; returns the province's id. */
        long prepare() throws Exception {
            long unit = id(post("/api/units", "admin", ADMIN_PASSWORD,
                    "{\"code\":\"BENCH.TU\",\"name\":\"Tỉnh ủy Đo Hiệu Năng\",\"type\":\"PROVINCE\"}"));
            id(post("/api/accounts", "admin", ADMIN_PASSWORD, "{\"login\":\"" + CLERK + "\",\"fullName\":\"Lê Thị Văn Thư\","
                    + "\"password\":\"" + CLERK_PASSWORD + "\",\"roles\":[\"office-staff\"],\"clearance\":\"TUYET_MAT\","
                    + "\"unitId\":" + unit + "}"));
            return unit;
        }

        Rate postDrafts(long unit, int threads, int warmup, int seconds, int round) throws Exception {
            timedLoop(threads, warmup, worker -> draftWorker(unit, "khởi động " + round + "-" + worker));
            Load load = Load.start();
            Rate rate = timedLoop(threads, seconds, worker -> draftWorker(unit, "vòng " + round + "-" + worker));
            return rate.withLoad(load.end());
        }

        Rate getLoop(String path, int threads, int warmup, int seconds) throws Exception {
            WorkerFactory factory = worker -> new Worker() {
                @Override
                public void once() throws Exception {
                    HttpResponse<String> r = http.send(request(path, CLERK, CLERK_PASSWORD).GET().build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("GET " + path + ": " + r.statusCode() + " " + r.body());
                    }
                }

                @Override
                public void close() {
                }
            };
            timedLoop(threads, warmup, factory);
            Load load = Load.start();
            return timedLoop(threads, seconds, factory).withLoad(load.end());
        }

        private Worker draftWorker(long unit, String label) {
            int[] n = {0};
            return new Worker() {
                @Override
                public void once() throws Exception {
                    String body = "{\"unitId\":" + unit + ",\"type\":\"CV\",\"title\":\"Công văn dự thảo về chuyển đổi số, "
                            + label + " số " + n[0]++ + "\",\"classification\":\"UNCLASSIFIED\",\"urgency\":\"Khẩn\"}";
                    HttpResponse<String> r = post("/api/documents", CLERK, CLERK_PASSWORD, body);
                    if (r.statusCode() != 201) {
                        throw new IllegalStateException("POST /api/documents: " + r.statusCode() + " " + r.body());
                    }
                }

                @Override
                public void close() {
                }
            };
        }

        long countRows() throws SQLException {
            String url = "jdbc:derby:" + database();
            try (Connection c = DriverManager.getConnection(url);
                 var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM DOCUMENTS.DOCUMENTS")) {
                rs.next();
                return rs.getLong(1);
            } finally {
                try {
                    DriverManager.getConnection(url + ";shutdown=true").close();
                } catch (SQLException expected) {
                    // shut down
                }
            }
        }

        void stop() throws Exception {
            if (!running()) {
                return;
            }
            run(List.of(home.resolve("bin/stop").toString()));
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroy();
                process.waitFor(30, TimeUnit.SECONDS);
            }
            process = null;
        }

        private HttpResponse<String> post(String path, String login, String password, String json) throws Exception {
            return http.send(request(path, login, password).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        private HttpResponse<String> get(String path, String login, String password) {
            try {
                return http.send(request(path, login, password).GET().build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        private HttpRequest.Builder request(String path, String login, String password) {
            String basic = Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Basic " + basic).header("Accept", "application/json");
        }

        private static long id(HttpResponse<String> r) {
            Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(r.body());
            if (r.statusCode() != 201 || !m.find()) {
                throw new IllegalStateException(r.statusCode() + " " + r.body());
            }
            return Long.parseLong(m.group(1));
        }

        private void edit(String file, String regex, String replacement) throws IOException {
            Path p = home.resolve(file);
            String s = Files.readString(p, StandardCharsets.ISO_8859_1);
            if (!Pattern.compile(regex).matcher(s).find()) {
                throw new IllegalStateException(file + ": no line matches " + regex);
            }
            Files.writeString(p, s.replaceFirst(regex, replacement), StandardCharsets.ISO_8859_1);
        }

        private static void run(List<String> command) throws Exception {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException(command + " failed");
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                return s.getLocalPort();
            }
        }

        @Override
        public void close() throws Exception {
            try {
                stop();
            } finally {
                if (process != null) {
                    process.destroyForcibly();
                }
                deleteHome();
            }
        }

        private void deleteHome() throws IOException {
            try (var files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String required(String property) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("-D" + property + " is required");
        }
        return v;
    }

    private static String fmt(double perSecond) {
        return String.format(Locale.ROOT, "%.0f", perSecond);
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
