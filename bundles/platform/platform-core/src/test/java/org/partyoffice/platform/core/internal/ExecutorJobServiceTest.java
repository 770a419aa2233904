package org.partyoffice.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.JobInfo;
import org.partyoffice.platform.api.JobState;
import org.partyoffice.platform.api.PlatformEvents;

class ExecutorJobServiceTest {

    private TestDatabase db;
    private ExecutorJobService jobs;

    @BeforeEach
    void setUp() {
        db = TestDatabase.inMemory();
        jobs = new ExecutorJobService(db.currentUser, db.events, config(2, 50));
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        jobs.deactivate();
        db.close();
    }

    static ExecutorJobService.Config config(int threads, int keep) {
        return new ExecutorJobService.Config() {
            @Override
            public int threads() {
                return threads;
            }

            @Override
            public int keep() {
                return keep;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return ExecutorJobService.Config.class;
            }
        };
    }

    @Test
    void jobSucceedsWithProgressAndReport() {
        JobInfo submitted = jobs.submit("members", "Nhập danh sách đảng viên", ctx -> {
            for (int row = 1; row <= 3; row++) {
                ctx.progress(row, 3, "dòng " + row);
            }
            ctx.report("dòng 2: thiếu ngày vào Đảng");
            ctx.report("dòng 3: trùng số thẻ");
            return "Đã nhập 1 trong 3 dòng";
        });

        assertEquals("members", submitted.module());
        assertEquals("Nhập danh sách đảng viên", submitted.title());
        assertEquals("system", submitted.owner());
        assertEquals(8, submitted.id().length());

        JobInfo done = awaitEnd(submitted.id());
        assertEquals(JobState.SUCCEEDED, done.state());
        assertEquals("Đã nhập 1 trong 3 dòng", done.message());
        assertEquals(List.of("dòng 2: thiếu ngày vào Đảng", "dòng 3: trùng số thẻ"), done.report());
        assertEquals(3, done.done());
        assertEquals(3, done.total());
        assertNotNull(done.started());
        assertNotNull(done.ended());
        assertFalse(done.ended().isBefore(done.started()));
        assertTrue(jobs.list().stream().anyMatch(j -> j.id().equals(submitted.id())));
    }

    @Test
    void failingJobReportsItsMessage() {
        JobInfo failing = jobs.submit("members", "Nhập tệp hỏng", ctx -> {
            ctx.report("đọc tệp");
            throw new IllegalArgumentException("tệp không phải CSV");
        });
        JobInfo nameless = jobs.submit("members", "Lỗi không tên", ctx -> {
            throw new UnsupportedOperationException();
        });

        JobInfo failed = awaitEnd(failing.id());
        assertEquals(JobState.FAILED, failed.state());
        assertEquals("tệp không phải CSV", failed.message());
        assertEquals(List.of("đọc tệp"), failed.report());
        assertEquals("UnsupportedOperationException", awaitEnd(nameless.id()).message());
    }

    @Test
    void cancelledJobStopsAtItsNextSafePoint() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        JobInfo job = jobs.submit("archive", "Kiểm tra toàn vẹn kho lưu trữ", ctx -> {
            running.countDown();
            long checked = 0;
            while (!ctx.cancelled()) {
                ctx.progress(++checked, 0, null);
                Thread.onSpinWait();
            }
            ctx.report("dừng sau " + checked + " tệp");
            return "đã dừng";
        });
        assertTrue(running.await(10, TimeUnit.SECONDS), "the job did not start");
        assertEquals(JobState.RUNNING, jobs.find(job.id()).orElseThrow().state());

        assertTrue(jobs.cancel(job.id()));

        JobInfo ended = awaitEnd(job.id());
        assertEquals(JobState.CANCELLED, ended.state());
        assertEquals("đã dừng", ended.message());
        assertEquals(1, ended.report().size());
        // an ended job can no longer be cancelled
        assertFalse(jobs.cancel(job.id()));
        assertFalse(jobs.cancel("khong-co"));
    }

    @Test
    void queuedJobCancelledBeforeItStartsNeverRuns() throws Exception {
        jobs.deactivate();
        jobs = new ExecutorJobService(db.currentUser, db.events, config(1, 50));
        CountDownLatch release = new CountDownLatch(1);
        JobInfo blocker = jobs.submit("archive", "Chặn hàng đợi", ctx -> {
            release.await();
            return "xong";
        });
        JobInfo queued = jobs.submit("archive", "Chờ", ctx -> fail("a cancelled job must not run"));

        assertEquals(JobState.QUEUED, jobs.find(queued.id()).orElseThrow().state());
        assertTrue(jobs.cancel(queued.id()));
        release.countDown();

        assertEquals(JobState.SUCCEEDED, awaitEnd(blocker.id()).state());
        JobInfo cancelled = awaitEnd(queued.id());
        assertEquals(JobState.CANCELLED, cancelled.state());
        assertEquals("cancelled before it started", cancelled.message());
        assertNull(cancelled.started());
    }

    @Test
    void jobRunsAsTheUserWhoSubmittedIt() {
        db.insertAdmin();

        JobInfo job = db.asAdmin(() -> jobs.submit("platform", "Sao lưu", ctx -> {
            ctx.report(db.currentUser.login());
            return db.currentUser.clearance().name();
        }));

        assertEquals("admin", job.owner());
        JobInfo done = awaitEnd(job.id());
        assertEquals(List.of("admin"), done.report());
        assertEquals("TUYET_MAT", done.message());
    }

    @Test
    void onlyTheOwnerOrAnAdministratorMayCancel() throws Exception {
        db.insertAdmin();
        db.insertAccount("van.thu", "Lê Thị Văn Thư", Set.of("office-staff"), Clearance.MAT, true);
        db.insertAccount("xem", "Đỗ Quan Sát", Set.of("viewer"), Clearance.UNCLASSIFIED, true);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        JobInfo job = db.as("van.thu", () -> jobs.submit("documents", "Đánh số lại", ctx -> {
            running.countDown();
            release.await();
            return ctx.cancelled() ? "đã hủy" : "xong";
        }));
        assertTrue(running.await(10, TimeUnit.SECONDS), "the job did not start");

        assertThrows(AccessDeniedException.class, () -> db.as("xem", () -> jobs.cancel(job.id())));
        assertThrows(AccessDeniedException.class, () -> jobs.cancel(job.id()));
        assertTrue(db.asAdmin(() -> jobs.cancel(job.id())));
        release.countDown();

        JobInfo ended = awaitEnd(job.id());
        assertEquals(JobState.CANCELLED, ended.state());
        assertEquals("đã hủy", ended.message());
    }

    @Test
    void endedJobsPostAnEvent() {
        JobInfo ok = jobs.submit("members", "Thành công", ctx -> "xong");
        JobInfo bad = jobs.submit("members", "Thất bại", ctx -> {
            throw new IllegalStateException("hỏng");
        });
        awaitEnd(ok.id());
        awaitEnd(bad.id());

        // the event is posted just after the state changes, so wait for both
        for (int i = 0; i < 1000 && db.events.topic(PlatformEvents.JOB_ENDED).size() < 2; i++) {
            sleep();
        }
        assertEquals(Set.of(ok.id() + "=SUCCEEDED", bad.id() + "=FAILED"),
                Set.copyOf(db.events.topic(PlatformEvents.JOB_ENDED).stream()
                        .map(p -> p.properties().get(PlatformEvents.JOB_ID) + "=" + p.properties().get(PlatformEvents.STATE))
                        .toList()));
    }

    @Test
    void submitNeedsModuleAndTitle() {
        assertEquals("module", assertThrows(InvalidInputException.class,
                () -> jobs.submit(" ", "Tiêu đề", ctx -> "")).field());
        assertEquals("title", assertThrows(InvalidInputException.class,
                () -> jobs.submit("members", null, ctx -> "")).field());
        assertTrue(jobs.list().isEmpty());
        assertTrue(jobs.find("khong-co").isEmpty());
    }

    @Test
    void onlyTheLastJobsAreKept() {
        String first = jobs.submit("members", "Việc 0", ctx -> "xong").id();
        awaitEnd(first);
        for (int i = 1; i < 60; i++) {
            awaitEnd(jobs.submit("members", "Việc " + i, ctx -> "xong").id());
        }

        assertEquals(50, jobs.list().size());
        assertTrue(jobs.find(first).isEmpty());
    }

    @Test
    void jobThrowingAnErrorFails() {
        JobInfo job = jobs.submit("members", "Nhập sau khi cập nhật gói", ctx -> {
            throw new NoClassDefFoundError("org/partyoffice/members/Importer");
        });

        JobInfo ended = awaitEnd(job.id());
        assertEquals(JobState.FAILED, ended.state());
        assertEquals("org/partyoffice/members/Importer", ended.message());
    }

    /** Polls until the job has ended; a bounded wait, not a timing assertion. */
    private JobInfo awaitEnd(String id) {
        for (int i = 0; i < 1000; i++) {
            JobInfo info = jobs.find(id).orElseThrow();
            if (info.state().ended()) {
                return info;
            }
            sleep();
        }
        return fail("job " + id + " did not end within 10 s: " + jobs.find(id).orElseThrow());
    }

    private static void sleep() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
