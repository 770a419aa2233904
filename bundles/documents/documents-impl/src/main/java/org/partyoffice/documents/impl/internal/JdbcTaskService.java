package org.partyoffice.documents.impl.internal;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.partyoffice.documents.api.Attachment;
import org.partyoffice.documents.api.Document;
import org.partyoffice.documents.api.DocumentEvents;
import org.partyoffice.documents.api.DocumentService;
import org.partyoffice.documents.api.DocumentStatus;
import org.partyoffice.documents.api.Task;
import org.partyoffice.documents.api.TaskReport;
import org.partyoffice.documents.api.TaskService;
import org.partyoffice.documents.api.TaskStatus;
import org.partyoffice.documents.api.TaskPage;
import org.partyoffice.documents.api.TaskView;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.ContentStore;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.OrganisationService;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.Transactions;
import org.partyoffice.platform.api.Unit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tasks from documents, progress reports, and the overdue watch. */
@Component(service = TaskService.class, configurationPid = "org.partyoffice.documents.tasks")
@Designate(ocd = JdbcTaskService.Config.class)
public final class JdbcTaskService implements TaskService {

    @ObjectClassDefinition(name = "Party Office document tasks")
    public @interface Config {
        @AttributeDefinition(description = "Minutes between checks for newly overdue tasks; 0 turns the schedule off")
        int overdueCheckMinutes() default 60;

        @AttributeDefinition(description = "Largest report attachment, in megabytes")
        int maxFileMegabytes() default 64;
    }

    private static final Logger LOG = LoggerFactory.getLogger(JdbcTaskService.class);

    private final Transactions tx;
    private final Access access;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final ContentStore files;
    private final OrganisationService organisation;
    private final DocumentService documents;
    private final DocumentEventPublisher events;
    private final Clock clock;
    private final long maxBytes;
    private final TaskStore store = new TaskStore();
    private final ScheduledExecutorService schedule;

    @Activate
    public JdbcTaskService(@Reference Transactions tx, @Reference Access access, @Reference AuditTrail audit,
                           @Reference ContentStore files, @Reference OrganisationService organisation,
                           @Reference DocumentService documents, @Reference DocumentEventPublisher events, Config config) {
        this(tx, access, audit, files, organisation, documents, events, config, Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    JdbcTaskService(Transactions tx, Access access, AuditTrail audit, ContentStore files, OrganisationService organisation,
                    DocumentService documents, DocumentEventPublisher events, Config config, Clock clock) {
        this.tx = tx;
        this.access = access;
        this.user = access.user();
        this.audit = audit;
        this.files = files;
        this.organisation = organisation;
        this.documents = documents;
        this.events = events;
        this.clock = clock;
        this.maxBytes = config.maxFileMegabytes() * 1024L * 1024L;
        if (config.overdueCheckMinutes() > 0) {
            schedule = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "partyoffice-documents-overdue");
                t.setDaemon(true);
                return t;
            });
            schedule.scheduleWithFixedDelay(this::checkOverdueSafely, 1, config.overdueCheckMinutes(), TimeUnit.MINUTES);
        } else {
            schedule = null;
        }
    }

    @Deactivate
    void deactivate() {
        if (schedule != null) {
            schedule.shutdownNow();
        }
    }

    @Override
    public Task assign(long documentId, long unitId, String title, LocalDate deadline) {
        user.requireAnyRole(Roles.OFFICE_STAFF, Roles.SECRETARY, Roles.ADMIN);
        Document d = documents.get(documentId);
        if (d.status() != DocumentStatus.PROMULGATED) {
            throw new ConflictException("status", "only a promulgated document assigns tasks; document " + documentId
                    + " is " + d.status());
        }
        Unit unit = organisation.get(unitId, "unitId");
        String t = JdbcDocumentService.title(title);
        if (deadline == null) {
            throw new InvalidInputException("deadline", "is required");
        }
        if (deadline.isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException("deadline", "must not be in the past", deadline);
        }
        Instant now = clock.instant();
        Scope scope = access.scope();
        return tx.required(c -> {
            long id = store.insert(c, documentId, unit.id(), t, deadline, user.login(), now);
            audit.append(DocumentsSchema.MODULE, "task.assign", Long.toString(id), d.id() + " → " + unit.name() + ": " + t);
            return store.visible(c, id, scope, LocalDate.now(clock)).orElseThrow();
        });
    }

    @Override
    public Task report(long taskId, TaskStatus status, int percent, String comment, Attachment attachment) {
        if (status == null) {
            throw new InvalidInputException("status", "must be OPEN, IN_PROGRESS or DONE");
        }
        if (percent < 0 || percent > 100) {
            throw new InvalidInputException("percent", "must be between 0 and 100", percent);
        }
        if (status == TaskStatus.DONE && percent != 100) {
            throw new InvalidInputException("percent", "must be 100 when the task is DONE", percent);
        }
        String text = JdbcDocumentService.optional(comment, 4000, "comment");
        Scope scope = access.scope();
        LocalDate today = LocalDate.now(clock);
        Task task = tx.required(c -> store.visible(c, taskId, scope, today))
                .orElseThrow(() -> new EntityNotFoundException("task", taskId, "id"));
        if (!scope.covers(task.unitId()) || !(user.hasRole(Roles.OFFICE_STAFF) || user.hasRole(Roles.SECRETARY)
                || user.hasRole(Roles.ADMIN))) {
            throw new AccessDeniedException("only staff of the assigned unit report on task " + taskId);
        }
        if (task.status() == TaskStatus.DONE) {
            throw new ConflictException("status", "task " + taskId + " is already done");
        }
        String sha = attachment == null ? null : store(attachment);
        Instant now = clock.instant();
        return tx.required(c -> {
            store.report(c, taskId, status, percent, text, sha, user.login(), now);
            audit.append(DocumentsSchema.MODULE, "task.report", Long.toString(taskId), status + " " + percent + "%");
            return store.visible(c, taskId, scope, today).orElseThrow();
        });
    }

    @Override
    public List<Task> tasks(TaskView view) {
        return page(view, 0).items();
    }

    @Override
    public TaskPage page(TaskView view, int offset) {
        TaskView v = view == null ? new TaskView(null, null, false, false, 100) : view;
        if (offset < 0) {
            throw new InvalidInputException("offset", "must not be negative", offset);
        }
        if (v.limit() < 1 || v.limit() > 1000) {
            throw new InvalidInputException("limit", "must be between 1 and 1000", v.limit());
        }
        Scope scope = access.scope();
        List<Long> units = null;
        if (v.unitId() != null) {
            organisation.get(v.unitId(), "unitId");
            units = v.includeSubunits()
                    ? organisation.subtree(v.unitId(), LocalDate.now(clock)).stream().map(Unit::id).toList()
                    : List.of(v.unitId());
        }
        List<Long> chosen = units;
        LocalDate today = LocalDate.now(clock);
        return tx.required(c -> new TaskPage(store.count(c, v.documentId(), chosen, v.overdueOnly(), scope, today),
                store.list(c, v.documentId(), chosen, v.overdueOnly(), offset, v.limit(), scope, today)));
    }

    @Override
    public List<TaskReport> reports(long taskId) {
        Scope scope = access.scope();
        return tx.required(c -> {
            store.visible(c, taskId, scope, LocalDate.now(clock))
                    .orElseThrow(() -> new EntityNotFoundException("task", taskId, "id"));
            return store.reports(c, taskId);
        });
    }

    @Override
    public int checkOverdue() {
        List<Task> claimed = tx.required(c -> store.claimNewlyOverdue(c, LocalDate.now(clock)));
        for (Task t : claimed) {
            events.post(DocumentEvents.TASK_OVERDUE, Map.of(DocumentEvents.TASK_ID, t.id(), DocumentEvents.DOCUMENT_ID,
                    t.documentId(), DocumentEvents.UNIT_ID, t.unitId(), DocumentEvents.DEADLINE, t.deadline().toString()));
        }
        if (!claimed.isEmpty()) {
            LOG.info("{} document tasks became overdue", claimed.size());
        }
        return claimed.size();
    }

    private void checkOverdueSafely() {
        try {
            checkOverdue();
        } catch (RuntimeException e) {
            LOG.warn("Checking overdue tasks failed: {}", e.toString());
        }
    }

    private String store(Attachment a) {
        Attachments.check(a, Attachments.REPORT_TYPES, maxBytes, "attachment");
        return files.put(new ByteArrayInputStream(a.content()));
    }
}
