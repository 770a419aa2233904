package org.partyoffice.itests;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * This project's distribution unpacked under {@code target/<name>} and run as a separate process
 * ({@code bin/karaf server}), for tests that drive it from outside: over HTTP, with a browser, by
 * SSH, or by killing it. Pax Exam runs test methods inside the container, which suits service
 * tests but not a browser, and cannot crash the container it runs in.
 *
 * <pre>
 * DistributionProcess karaf = DistributionProcess.start("rest-karaf");
 * ... karaf.baseUrl() + "/api/health" ...
 * karaf.stop();
 * </pre>
 *
 * Each instance gets free ports on 127.0.0.1 and an administrator with
 * {@link DistributionSupport#ADMIN_PASSWORD}. Data survives {@link #restart()} and {@link #kill()}
 * followed by {@link #launch()}; a new {@link #prepare(String)} starts from a clean copy.
 */
public final class DistributionProcess implements AutoCloseable {

    /** How long a start may take before the test fails; the first start creates the database. */
    public static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final Path home;
    private final int httpPort;
    private final int sshPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    private Thread shutdownHook;

    private DistributionProcess(String name, Path home, int httpPort, int sshPort) {
        this.name = name;
        this.home = home;
        this.httpPort = httpPort;
        this.sshPort = sshPort;
    }

    /** Unpacks, configures and starts a distribution, returning once {@code /api/health} is UP. */
    public static DistributionProcess start(String name) {
        return prepare(name).launch();
    }

    /**
     * Unpacks a fresh distribution into {@code target/<name>} (removing an old one) and configures
     * ports and the administrator password, without starting it: call {@link #configure} for more
     * settings, then {@link #launch()}.
     */
    public static DistributionProcess prepare(String name) {
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("a plain folder name is needed, not " + name);
        }
        Path tarball = tarball();
        Path home = Paths.get("target", name).toAbsolutePath();
        try {
            deleteTree(home);
            Files.createDirectories(home);
            run(List.of("tar", "xzf", tarball.toString(), "-C", home.toString(), "--strip-components=1"), home, 120);
            Path password = Files.createTempFile("partyoffice-admin", ".password");
            Files.writeString(password, DistributionSupport.ADMIN_PASSWORD, StandardCharsets.UTF_8);
            password.toFile().deleteOnExit();
            DistributionProcess d = new DistributionProcess(name, home, DistributionSupport.freePort(),
                    DistributionSupport.freePort());
            d.configure("org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(d.httpPort));
            d.configure("org.apache.karaf.shell.cfg", "sshPort", Integer.toString(d.sshPort));
            d.configure("org.partyoffice.platform.firststart.cfg", "adminPasswordFile", password.toString());
            String localRepo = System.getProperty("org.ops4j.pax.url.mvn.localRepository", "");
            if (!localRepo.isBlank()) {
                d.configure("org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", localRepo);
            }
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + tarball + " into " + home, e);
        }
    }

    /** The distribution just built by the reactor (or, failing that, the one in the local repository). */
    static Path tarball() {
        String version = System.getProperty("project.version");
        if (version == null || version.isBlank()) {
            throw new IllegalStateException("system property project.version is not set (failsafe sets it; see itests/pom.xml)");
        }
        String file = "karaf-assembly-" + version + ".tar.gz";
        Path built = new File("../karaf-assembly/target/" + file).toPath().toAbsolutePath().normalize();
        if (Files.isRegularFile(built)) {
            return built;
        }
        String repo = System.getProperty("org.ops4j.pax.url.mvn.localRepository", "");
        if (!repo.isBlank()) {
            Path installed = Paths.get(repo, "org", "partyoffice", "karaf-assembly", version, file);
            if (Files.isRegularFile(installed)) {
                return installed;
            }
        }
        throw new IllegalStateException("no distribution at " + built + ": build it first (mvn -B install -DskipTests)");
    }

    /**
     * Sets {@code key = value} in {@code etc/<file>}, replacing the key's active line or adding one.
     * Only before {@link #launch()} or between a stop and a launch.
     */
    public DistributionProcess configure(String file, String key, String value) {
        Path cfg = home.resolve("etc").resolve(file);
        try {
            List<String> lines = Files.exists(cfg) ? new ArrayList<>(Files.readAllLines(cfg, StandardCharsets.UTF_8)) : new ArrayList<>();
            Pattern active = Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*[=:].*$");
            String line = key + " = " + value;
            boolean replaced = false;
            for (int i = 0; i < lines.size(); i++) {
                if (active.matcher(lines.get(i)).matches()) {
                    lines.set(i, line);
                    replaced = true;
                    break;
                }
            }
            if (!replaced) {
                lines.add(line);
            }
            Files.write(cfg, lines, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot edit " + cfg, e);
        }
    }

    /**
     * Adds {@code feature} (a name; this build's version is added) to the features Karaf installs at
     * boot, e.g. {@code partyoffice-finance}, so the page under test is there when the test starts.
     * Only before {@link #launch()}.
     */
    public DistributionProcess addBootFeature(String feature) {
        String version = System.getProperty("project.version").replace("-SNAPSHOT", ".SNAPSHOT");
        Path cfg = home.resolve("etc").resolve("org.apache.karaf.features.cfg");
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(cfg, StandardCharsets.UTF_8));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).trim().startsWith("featuresBoot")) {
                    // the list runs on over lines ending in a backslash; append to its last line
                    int end = i;
                    while (end < lines.size() - 1 && lines.get(end).stripTrailing().endsWith("\\")) {
                        end++;
                    }
                    lines.set(end, lines.get(end).stripTrailing() + ", " + feature + "/" + version);
                    Files.write(cfg, lines, StandardCharsets.UTF_8);
                    return this;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot edit " + cfg, e);
        }
        throw new IllegalStateException("no featuresBoot in " + cfg);
    }

    /** Starts the (prepared or stopped) distribution and waits until {@code /api/health} reports UP. */
    public synchronized DistributionProcess launch() {
        if (isRunning()) {
            throw new IllegalStateException(name + " is already running");
        }
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin").resolve("karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(home.resolve("console.log").toFile()));
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        for (String inherited : List.of("KARAF_HOME", "KARAF_BASE", "KARAF_DATA", "KARAF_ETC", "KARAF_DEBUG", "JAVA_OPTS")) {
            pb.environment().remove(inherited);
        }
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + home.resolve("bin/karaf"), e);
        }
        if (shutdownHook == null) {
            // A test JVM that dies must not leave a server holding ports behind.
            shutdownHook = new Thread(this::killQuietly, "stop " + name);
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        awaitHealthy(START_TIMEOUT);
        return this;
    }

    /** Waits until {@code GET /api/health} answers {@code "status":"UP"}, failing early if the process exits. */
    public void awaitHealthy(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer yet";
        while (System.nanoTime() < deadline) {
            Process p = process;
            if (p == null || !p.isAlive()) {
                throw new IllegalStateException(name + " exited" + (p == null ? "" : " with code " + p.exitValue())
                        + " while starting\n" + logTail(60));
            }
            try {
                HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/health"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                last = res.statusCode() + " " + res.body();
                if (res.statusCode() == 200) {
                    JsonNode health = JSON.readTree(res.body());
                    // The first-start administrator may still be being created when health is UP.
                    if ("UP".equals(health.path("status").asText()) && adminCanSignIn()) {
                        return;
                    }
                }
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
            sleep(500);
        }
        throw new IllegalStateException(name + " was not healthy within " + timeout.toSeconds() + " s (last: " + last + ")\n"
                + logTail(60));
    }

    /**
     * Polls {@code GET <baseUrl><path>} (no sign-in) until it answers {@code status}, e.g. a module's
     * page once its boot feature is installed; fails with the end of the log after {@code timeout}.
     */
    public void awaitStatus(String path, int status, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                int code = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (code == status) {
                    return;
                }
                last = Integer.toString(code);
            } catch (IOException e) {
                last = e.toString(); // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + path, e);
            }
            sleep(500);
        }
        throw new AssertionError(path + " answered " + last + ", not " + status + ", within " + timeout.toSeconds() + " s\n"
                + logTail(60));
    }

    private boolean adminCanSignIn() throws IOException, InterruptedException {
        String basic = java.util.Base64.getEncoder().encodeToString(
                ("admin:" + adminPassword()).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/session")).timeout(Duration.ofSeconds(5))
                .header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode() == 200;
    }

    /** Stops gracefully with {@code bin/stop}; kills the process tree if it has not ended within a minute. */
    public synchronized void stop() {
        Process p = process;
        if (p == null || !p.isAlive()) {
            process = null;
            return;
        }
        try {
            ProcessBuilder pb = new ProcessBuilder(home.resolve("bin").resolve("stop").toString())
                    .directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(home.resolve("console.log").toFile()));
            pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
            Process stopper = pb.start();
            stopper.waitFor(30, TimeUnit.SECONDS);
            if (!p.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                kill();
            }
        } catch (IOException e) {
            kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
        process = null;
    }

    /** Kills the server at once (SIGKILL to the JVM and its launcher script), as a power cut would. */
    public synchronized void kill() {
        Process p = process;
        if (p == null) {
            return;
        }
        // Children first: the launcher script would otherwise be gone before we could find the JVM.
        List<ProcessHandle> tree = new ArrayList<>(p.descendants().toList());
        tree.forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        try {
            p.waitFor(30, TimeUnit.SECONDS);
            for (ProcessHandle h : tree) {
                h.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // the kernel reaps them; nothing else to do
        }
        process = null;
    }

    /** Stops and starts again on the same folder, ports and data. */
    public void restart() {
        stop();
        launch();
    }

    @Override
    public void close() {
        stop();
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
            shutdownHook = null;
        }
    }

    private void killQuietly() {
        try {
            kill();
        } catch (RuntimeException e) {
            // best effort at JVM exit
        }
    }

    public boolean isRunning() {
        Process p = process;
        return p != null && p.isAlive();
    }

    public String name() {
        return name;
    }

    public Path home() {
        return home;
    }

    public int httpPort() {
        return httpPort;
    }

    public int sshPort() {
        return sshPort;
    }

    public String adminPassword() {
        return DistributionSupport.ADMIN_PASSWORD;
    }

    /** {@code http://127.0.0.1:<port>} */
    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** The last lines of the console output and of {@code data/log/karaf.log}, for failure messages. */
    public String logTail(int lines) {
        StringBuilder sb = new StringBuilder();
        for (Path log : List.of(home.resolve("console.log"), home.resolve("data/log/karaf.log"))) {
            if (Files.isRegularFile(log)) {
                try {
                    List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
                    sb.append("--- ").append(log).append('\n');
                    all.subList(Math.max(0, all.size() - lines), all.size()).forEach(l -> sb.append(l).append('\n'));
                } catch (IOException | UncheckedIOException e) {
                    sb.append("--- ").append(log).append(": ").append(e).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static void run(List<String> command, Path dir, int timeoutSeconds) throws IOException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        try {
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " took longer than " + timeoutSeconds + " s");
            }
            if (p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed (" + p.exitValue() + "): " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
