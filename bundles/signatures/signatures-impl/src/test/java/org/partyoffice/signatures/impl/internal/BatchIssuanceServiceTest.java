package org.partyoffice.signatures.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.JobContext;
import org.partyoffice.platform.api.JobInfo;
import org.partyoffice.platform.api.JobService;
import org.partyoffice.platform.api.JobState;
import org.partyoffice.signatures.api.BatchIssuance;
import org.partyoffice.signatures.api.CertificateInfo;
import org.partyoffice.signatures.api.CertificateQuery;

class BatchIssuanceServiceTest {

    @TempDir
    Path temp;
    private Fixture f;
    private CaService ca;

    @BeforeEach
    void setUp() {
        f = new Fixture(temp);
        ca = f.ca();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void twoHundredRowsWithThreeBadOnesIssueTheGoodOnesAndReportTheBad() {
        KeyPair key = TestPki.ecKeys();
        // Quoted with its line breaks, and escaped as \n: both forms are accepted.
        String csr = TestPki.csr(key, key.getPrivate());
        String quoted = "\"" + csr + "\"";
        String escaped = csr.strip().replace("\r\n", "\\n").replace("\n", "\\n");
        StringBuilder csv = new StringBuilder(BatchIssuance.HEADER).append("\r\n");
        for (int i = 1; i <= 200; i++) {
            int row = i + 1;
            String login = i % 2 == 0 ? Fixture.SIGNER : Fixture.OTHER_SIGNER;
            if (row == 17) {
                csv.append("khong.ton.tai,PERSONAL_SIGNING,,365,").append(escaped);
            } else if (row == 51) {
                csv.append(login).append(",CON_DAU,,,").append(escaped);
            } else if (row == 101) {
                csv.append(login).append(",,,,\"-----BEGIN CERTIFICATE REQUEST-----\nkhông phải CSR\n-----END CERTIFICATE REQUEST-----\"");
            } else if (i % 40 == 0) {
                csv.append(login).append(",PERSONAL_SIGNING,,30,"); // a soft token kept on the server
            } else {
                csv.append(login).append(",personal-signing,,").append(i % 3 == 0 ? "" : "365").append(',')
                        .append(i % 2 == 0 ? quoted : escaped);
            }
            csv.append('\n');
        }
        BatchIssuanceService batch = f.batch(ca);

        JobInfo submitted = f.asAdmin(() -> batch.submit(csv.toString(), Fixture.TOKEN_PASSWORD.clone()));
        assertEquals("signatures", submitted.module());
        assertTrue(submitted.title().startsWith("Cấp chứng thư hàng loạt"), submitted.title());
        assertEquals(Fixture.ADMIN, submitted.owner());

        JobInfo done = await(f.jobs(), submitted.id());
        assertEquals(JobState.SUCCEEDED, done.state(), done.message());
        assertEquals("197 issued, 3 failed", done.message());
        assertEquals(200, done.done());
        assertEquals(200, done.total());
        assertEquals(3, done.report().size(), done.report().toString());
        assertEquals("row 17 (login khong.ton.tai): holderLogin: account 'khong.ton.tai' does not exist",
                done.report().get(0));
        assertTrue(done.report().get(1).startsWith("row 51 (login "), done.report().get(1));
        assertTrue(done.report().get(1).contains("profile"), done.report().get(1));
        assertTrue(done.report().get(2).startsWith("row 101 (login "), done.report().get(2));
        assertTrue(done.report().get(2).contains("csr"), done.report().get(2));

        List<CertificateInfo> all = f.asAdmin(() -> {
            List<CertificateInfo> found = new ArrayList<>(ca.search(new CertificateQuery(null, Fixture.SIGNER, null, null, null, 1000)));
            found.addAll(ca.search(new CertificateQuery(null, Fixture.OTHER_SIGNER, null, null, null, 1000)));
            return found;
        });
        assertEquals(197, all.size());
        assertEquals(5, all.stream().filter(CertificateInfo::keyOnServer).count(), "rows without a csr: soft tokens");
    }

    @Test
    void aWrongHeaderIsRefusedBeforeAnyJob() {
        BatchIssuanceService batch = f.batch(ca);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> f.asAdmin(() ->
                batch.submit("login,profile,unit,days\nnguyen.an,,,,\n", Fixture.TOKEN_PASSWORD)));
        assertEquals("csv", e.field());
        InvalidInputException quote = assertThrows(InvalidInputException.class, () -> f.asAdmin(() ->
                batch.submit(BatchIssuance.HEADER + "\nnguyen.an,,,,\"open\n", Fixture.TOKEN_PASSWORD)));
        assertEquals("csv", quote.field());
        InvalidInputException password = assertThrows(InvalidInputException.class, () -> f.asAdmin(() ->
                batch.submit(BatchIssuance.HEADER + "\nnguyen.an,,,,\n", "short".toCharArray())));
        assertEquals("password", password.field());
        assertTrue(f.jobs().list().isEmpty());
    }

    @Test
    void onlyAdministratorsMaySubmit() {
        BatchIssuanceService batch = f.batch(ca);
        assertThrows(AccessDeniedException.class, () -> f.as(Fixture.SIGNER, () ->
                batch.submit(BatchIssuance.HEADER + "\nnguyen.an,,,,\n", Fixture.TOKEN_PASSWORD)));
        assertTrue(f.jobs().list().isEmpty());
    }

    @Test
    void cancellationStopsBetweenRows() {
        KeyPair key = TestPki.ecKeys();
        String escaped = TestPki.csr(key, key.getPrivate()).strip().replace("\r\n", "\\n").replace("\n", "\\n");
        StringBuilder csv = new StringBuilder(BatchIssuance.HEADER).append('\n');
        for (int i = 0; i < 50; i++) {
            csv.append(Fixture.SIGNER).append(",,,,").append(escaped).append('\n');
        }
        // Runs the task at once, as the caller, and asks it to stop once three rows are done.
        CancellingJobs jobs = new CancellingJobs(3);
        BatchIssuanceService batch = new BatchIssuanceService(ca, jobs, f.user);
        f.asAdmin(() -> batch.submit(csv.toString(), null));

        assertEquals("3 issued, 0 failed; cancelled after 3 of 50 rows", jobs.message);
        assertEquals(3, f.asAdmin(() -> ca.search(new CertificateQuery(null, Fixture.SIGNER, null, null, null, 1000))).size());
    }

    private static JobInfo await(JobService jobs, String id) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            Optional<JobInfo> job = jobs.find(id);
            if (job.isPresent() && job.get().state().ended()) {
                return job.get();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
        return fail("job " + id + " did not end within two minutes: " + jobs.find(id));
    }

    /** A JobService that runs the task synchronously and cancels it after {@code after} rows. */
    private static final class CancellingJobs implements JobService {
        final long after;
        final AtomicLong done = new AtomicLong();
        volatile String message;

        CancellingJobs(long after) {
            this.after = after;
        }

        @Override
        public JobInfo submit(String module, String title, Task task) {
            JobContext context = new JobContext() {
                @Override
                public void progress(long d, long total, String m) {
                    done.set(d);
                }

                @Override
                public void report(String line) {
                }

                @Override
                public boolean cancelled() {
                    return done.get() >= after;
                }
            };
            try {
                message = task.run(context);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return new JobInfo("t", module, title, "admin", JobState.CANCELLED, done.get(), 0, message, Instant.now(),
                    Instant.now(), List.of());
        }

        @Override
        public List<JobInfo> list() {
            return List.of();
        }

        @Override
        public Optional<JobInfo> find(String id) {
            return Optional.empty();
        }

        @Override
        public boolean cancel(String id) {
            return false;
        }
    }
}
