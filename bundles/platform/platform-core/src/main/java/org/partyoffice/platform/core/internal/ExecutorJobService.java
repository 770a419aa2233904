package org.partyoffice.platform.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.JobContext;
import org.partyoffice.platform.api.JobInfo;
import org.partyoffice.platform.api.JobService;
import org.partyoffice.platform.api.JobState;
import org.partyoffice.platform.api.PlatformEvents;
import org.partyoffice.platform.api.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jobs on a small thread pool, each run as the user who submitted it. Jobs are kept in memory
 * (the last {@code keep} of them); their effects are in the modules' own tables.
 */
@Component(service = JobService.class, configurationPid = "org.partyoffice.platform.jobs")
@Designate(ocd = ExecutorJobService.Config.class)
public final class ExecutorJobService implements JobService {

    @ObjectClassDefinition(name = "Party Office jobs")
    public @interface Config {
        int threads() default 2;

        int keep() default 200;
    }

    private static final Logger LOG = LoggerFactory.getLogger(ExecutorJobService.class);
    private final Map<String, RunningJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor;
    private final CurrentUser user;
    private final Events events;
    private final int keep;

    @Activate
    public ExecutorJobService(@Reference CurrentUser user, @Reference Events events, Config config) {
        this.user = user;
        this.events = events;
        this.keep = Math.max(10, config.keep());
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(Math.max(1, config.threads()), r -> {
            Thread t = new Thread(r, "partyoffice-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        jobs.values().forEach(j -> j.cancelled = true);
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Override
    public JobInfo submit(String module, String title, Task task) {
        if (module == null || module.isBlank()) {
            throw new InvalidInputException("module", "must not be empty");
        }
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("title", "must not be empty");
        }
        String owner = user.login();
        RunningJob job = new RunningJob(UUID.randomUUID().toString().substring(0, 8), module, title, owner);
        jobs.put(job.id, job);
        prune();
        executor.submit(() -> run(job, task));
        return job.info();
    }

    private void run(RunningJob job, Task task) {
        if (job.cancelled) {
            job.finish(JobState.CANCELLED, "cancelled before it started");
        } else {
            job.state = JobState.RUNNING;
            job.started = Instant.now();
            try {
                String message = "system".equals(job.owner) ? task.run(job) : user.callAs(job.owner, () -> task.run(job));
                job.finish(job.cancelled ? JobState.CANCELLED : JobState.SUCCEEDED, message);
            } catch (Exception | Error e) {
                // Errors too (e.g. NoClassDefFoundError after a bundle refresh): a job must always end.
                LOG.warn("Job {} ({}) failed", job.id, job.title, e);
                job.finish(JobState.FAILED, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }
        events.post(PlatformEvents.JOB_ENDED, Map.of(PlatformEvents.JOB_ID, job.id, PlatformEvents.STATE, job.state.name()));
    }

    @Override
    public List<JobInfo> list() {
        return jobs.values().stream().map(RunningJob::info)
                .sorted(Comparator.comparing(JobInfo::started, Comparator.nullsFirst(Comparator.reverseOrder())))
                .toList();
    }

    @Override
    public Optional<JobInfo> find(String id) {
        return Optional.ofNullable(jobs.get(id)).map(RunningJob::info);
    }

    @Override
    public boolean cancel(String id) {
        RunningJob job = jobs.get(id);
        if (job == null || job.state.ended()) {
            return false;
        }
        if (!job.owner.equals(user.login()) && !user.hasRole(Roles.ADMIN) && !user.hasRole(Roles.IT_ADMIN)) {
            throw new AccessDeniedException("only the job's owner or an administrator may cancel it");
        }
        job.cancelled = true;
        return true;
    }

    private void prune() {
        if (jobs.size() > keep) {
            jobs.values().stream().filter(j -> j.state.ended())
                    .sorted(Comparator.comparing(j -> j.ended))
                    .limit(jobs.size() - keep)
                    .forEach(j -> jobs.remove(j.id));
        }
    }

    /** A job's mutable state, read by other threads only through {@link #info()}. */
    private static final class RunningJob implements JobContext {
        final String id;
        final String module;
        final String title;
        final String owner;
        final List<String> report = Collections.synchronizedList(new ArrayList<>());
        volatile JobState state = JobState.QUEUED;
        volatile long done;
        volatile long total;
        volatile String message = "";
        volatile boolean cancelled;
        volatile Instant started;
        volatile Instant ended;

        RunningJob(String id, String module, String title, String owner) {
            this.id = id;
            this.module = module;
            this.title = title;
            this.owner = owner;
        }

        @Override
        public void progress(long done, long total, String message) {
            this.done = done;
            this.total = total;
            if (message != null) {
                this.message = message;
            }
        }

        @Override
        public void report(String line) {
            report.add(line);
        }

        @Override
        public boolean cancelled() {
            return cancelled;
        }

        void finish(JobState state, String message) {
            this.message = message == null ? "" : message;
            this.ended = Instant.now();
            this.state = state;
        }

        JobInfo info() {
            List<String> lines;
            synchronized (report) {
                lines = List.copyOf(report);
            }
            return new JobInfo(id, module, title, owner, state, done, total, message, started, ended, lines);
        }
    }
}
