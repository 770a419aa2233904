package org.partyoffice.meetings.impl.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.partyoffice.finance.api.BudgetLine;
import org.partyoffice.finance.api.BudgetRequest;
import org.partyoffice.finance.api.BudgetService;
import org.partyoffice.meetings.api.CostEstimate;
import org.partyoffice.meetings.api.CostEstimateStatus;
import org.partyoffice.meetings.api.Meeting;
import org.partyoffice.meetings.api.MeetingCostService;
import org.partyoffice.meetings.api.MeetingStatus;
import org.partyoffice.meetings.api.MeetingType;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.OfficeException;
import org.partyoffice.platform.api.Transactions;
import org.partyoffice.platform.api.sql.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cost estimates on {@code MEETINGS.COST_ESTIMATES} and their budget requests in finance. The estimate
 * is committed on its own first, so nothing finance does can lose it; sending is a second transaction
 * that locks the estimate's row, asks finance ({@code BudgetService.request}, which joins it) and
 * records the line, so the line and the record of it commit together, and two senders (a clerk and
 * the catch-up after finance appeared, or two nodes) never create two lines for one meeting.
 */
@Component(service = MeetingCostService.class, configurationPid = "org.partyoffice.meetings.costs")
@Designate(ocd = JdbcMeetingCostService.Config.class)
public final class JdbcMeetingCostService implements MeetingCostService {

    @ObjectClassDefinition(name = "Party Office meetings: cost estimates",
            description = "How a meeting's cost estimate is requested in the finance module")
    public @interface Config {
        @AttributeDefinition(description = "Budget category of a meeting's estimate (letters, digits and _)")
        String category() default "HOI_NGHI";

        @AttributeDefinition(description = "Budget category of a Congress's estimate")
        String congressCategory() default "DAI_HOI";

        @AttributeDefinition(description = "Time zone that decides a meeting's fiscal year")
        String zone() default "Asia/Ho_Chi_Minh";
    }

    /** An estimate above a trillion đồng is a typing error, not a meeting. */
    static final long MAX_VND = 1_000_000_000_000_000L;

    private static final Logger LOG = LoggerFactory.getLogger(JdbcMeetingCostService.class);
    private static final String ESTIMATE = "SELECT " + MeetingRows.ESTIMATE_COLUMNS + " FROM MEETINGS.COST_ESTIMATES";

    private final Transactions tx;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final Clock clock;
    private final ExecutorService sender;

    private volatile Settings settings;
    private volatile BudgetService budgets;

    record Settings(String category, String congressCategory, ZoneId zone) {
        static Settings of(Config c) {
            ZoneId zone;
            try {
                zone = ZoneId.of(c.zone().strip());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("zone: not a time zone: " + c.zone(), e);
            }
            return new Settings(code(c.category(), "category"), code(c.congressCategory(), "congressCategory"), zone);
        }

        private static String code(String value, String name) {
            String v = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
            if (!v.matches("[\\p{L}0-9_]{1,40}")) {
                throw new IllegalArgumentException(name + ": a budget category is letters, digits and _ only: " + value);
            }
            return v;
        }
    }

    @Activate
    public JdbcMeetingCostService(@Reference Transactions tx, @Reference CurrentUser user, @Reference AuditTrail audit,
                                  @Reference MeetingsSchema schema, Config config) {
        this(tx, user, audit, Clock.systemUTC(), Settings.of(config), Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "partyoffice-meetings-cost-estimates");
            t.setDaemon(true);
            return t;
        }));
    }

    JdbcMeetingCostService(Transactions tx, CurrentUser user, AuditTrail audit, Clock clock, Settings settings,
                           ExecutorService sender) {
        this.tx = tx;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
        this.sender = sender;
    }

    @Modified
    void modified(Config config) {
        settings = Settings.of(config);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        sender.shutdown();
        if (!sender.awaitTermination(10, TimeUnit.SECONDS)) {
            // what was not sent stays PENDING in the table and goes at the next start
            sender.shutdownNow();
        }
    }

    /**
     * Finance appeared (installed at runtime, or started after meetings): what waited for it is sent
     * off the SCR thread, so the binding does not wait on database work.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindBudgets")
    void bindBudgets(BudgetService service) {
        budgets = service;
        try {
            sender.execute(() -> {
                try {
                    int sent = sendAllPending();
                    if (sent > 0) {
                        LOG.info("Sent {} pending meeting cost estimate(s) to the finance module", sent);
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Pending meeting cost estimates were not sent: {}", e.toString());
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // deactivating: the estimates stay pending for the next start
        }
    }

    void unbindBudgets(BudgetService service) {
        if (budgets == service) {
            budgets = null;
        }
    }

    // --- the service -----------------------------------------------------------------------------

    @Override
    public CostEstimate setEstimate(long meetingId, long amountVnd, String note) {
        user.requireAnyRole(JdbcMeetingService.ORGANISERS);
        if (amountVnd <= 0) {
            throw new InvalidInputException("amountVnd", "must be a positive whole number of VND", amountVnd);
        }
        if (amountVnd > MAX_VND) {
            throw new InvalidInputException("amountVnd", "must be at most " + MAX_VND + " VND", amountVnd);
        }
        String n = JdbcMeetingService.optional(note, 1000, "note");
        String login = user.login();
        Instant now = clock.instant();
        tx.required(c -> {
            Meeting m = visible(c, meetingId);
            if (m.status() == MeetingStatus.CANCELLED) {
                throw new ConflictException("status", "meeting " + meetingId + " is cancelled: it takes no cost estimate");
            }
            if (Sql.update(c, "UPDATE MEETINGS.COST_ESTIMATES SET EST_AMOUNT_VND = ?, EST_NOTE = ?, EST_STATUS = ?, "
                    + "EST_PROBLEM = NULL, EST_BY = ?, EST_AT = ?, EST_VERSION = EST_VERSION + 1 WHERE EST_MEETING_ID = ?",
                    amountVnd, n, CostEstimateStatus.PENDING, login, now, meetingId) == 0) {
                Sql.update(c, "INSERT INTO MEETINGS.COST_ESTIMATES (EST_MEETING_ID, EST_AMOUNT_VND, EST_NOTE, EST_STATUS, "
                        + "EST_BY, EST_AT, EST_VERSION) VALUES (?,?,?,?,?,?,1)", meetingId, amountVnd, n,
                        CostEstimateStatus.PENDING, login, now);
            }
            audit.append(MeetingsSchema.MODULE, "cost.estimate", Long.toString(meetingId), JdbcMeetingService.clip(amountVnd
                    + " VND" + (n == null ? "" : ": " + n)));
            return null;
        });
        BudgetService b = budgets;
        if (b != null) {
            send(b, meetingId);
        }
        return tx.required(c -> row(c, meetingId)).orElseThrow();
    }

    @Override
    public Optional<CostEstimate> estimate(long meetingId) {
        return tx.required(c -> {
            visible(c, meetingId);
            return row(c, meetingId);
        });
    }

    @Override
    public List<CostEstimate> pending() {
        user.requireAnyRole(JdbcMeetingService.ORGANISERS);
        int clearance = user.clearance().ordinal();
        return tx.required(c -> Sql.list(c, ESTIMATE + " JOIN MEETINGS.MEETINGS ON ID = EST_MEETING_ID WHERE EST_STATUS <> ? "
                + "AND CLASSIFICATION <= ? ORDER BY EST_MEETING_ID", MeetingRows::estimate, CostEstimateStatus.REQUESTED,
                clearance));
    }

    @Override
    public int sendPending() {
        user.requireAnyRole(JdbcMeetingService.ORGANISERS);
        return sendAllPending();
    }

    /** Each one goes as the person who set it, so the caller's own rights do not matter here. */
    int sendAllPending() {
        BudgetService b = budgets;
        if (b == null) {
            return 0;
        }
        List<Long> waiting = tx.required(c -> Sql.list(c, "SELECT EST_MEETING_ID FROM MEETINGS.COST_ESTIMATES WHERE "
                + "EST_STATUS <> ? ORDER BY EST_MEETING_ID", rs -> rs.getLong(1), CostEstimateStatus.REQUESTED));
        int sent = 0;
        for (long id : waiting) {
            if (send(b, id)) {
                sent++;
            }
        }
        return sent;
    }

    // --- sending ---------------------------------------------------------------------------------

    /** What a send needs, read under the row lock. */
    private record Snapshot(CostEstimate estimate, long version, BudgetRequest request) {
    }

    /**
     * Requests one estimate in finance as the person who set it (finance checks their role and the
     * units they serve). Returns whether finance took it; a refusal or a failure is recorded on the
     * estimate instead of thrown, because the estimate itself is safely kept either way.
     */
    boolean send(BudgetService b, long meetingId) {
        Optional<CostEstimate> current = tx.required(c -> row(c, meetingId));
        if (current.isEmpty() || current.get().status() == CostEstimateStatus.REQUESTED) {
            return false;
        }
        String by = current.get().updatedBy();
        long[] version = {-1};
        try {
            BudgetLine line = user.callAs(by, () -> tx.required(c -> {
                // the row lock: a second sender waits here and then finds it REQUESTED
                if (Sql.update(c, "UPDATE MEETINGS.COST_ESTIMATES SET EST_VERSION = EST_VERSION WHERE EST_MEETING_ID = ? "
                        + "AND EST_STATUS <> ?", meetingId, CostEstimateStatus.REQUESTED) == 0) {
                    return null;
                }
                Snapshot s = snapshot(c, meetingId);
                version[0] = s.version();
                if (!by.equals(s.estimate().updatedBy())) {
                    // changed by someone else meanwhile: their own send goes as them
                    return null;
                }
                BudgetLine l = b.request(s.request());
                Sql.update(c, "UPDATE MEETINGS.COST_ESTIMATES SET EST_STATUS = ?, EST_LINE_ID = ?, EST_LINE_STATUS = ?, "
                        + "EST_PROBLEM = NULL, EST_SENT_AT = ? WHERE EST_MEETING_ID = ?", CostEstimateStatus.REQUESTED, l.id(),
                        l.status().name(), clock.instant(), meetingId);
                audit.append(MeetingsSchema.MODULE, "cost.request", Long.toString(meetingId), s.estimate().amountVnd()
                        + " VND as " + s.request().reference() + ", budget line " + l.id() + " " + l.status());
                return l;
            }));
            return line != null;
        } catch (OfficeException refused) {
            record(meetingId, version[0], CostEstimateStatus.REFUSED, refused.getMessage());
            LOG.info("Finance refused the cost estimate of meeting {}: {}", meetingId, refused.getMessage());
        } catch (Exception failed) {
            record(meetingId, version[0], CostEstimateStatus.PENDING, "the finance module could not take it: " + failed);
            LOG.warn("The cost estimate of meeting {} stays pending: {}", meetingId, failed.toString());
        }
        return false;
    }

    private void record(long meetingId, long version, CostEstimateStatus status, String problem) {
        String p = problem == null ? status.name() : problem.length() <= 1000 ? problem : problem.substring(0, 999) + "…";
        try {
            tx.required(c -> Sql.update(c, "UPDATE MEETINGS.COST_ESTIMATES SET EST_STATUS = ?, EST_PROBLEM = ? WHERE "
                    + "EST_MEETING_ID = ? AND EST_STATUS <> ?" + (version < 0 ? "" : " AND EST_VERSION = " + version), status, p,
                    meetingId, CostEstimateStatus.REQUESTED));
        } catch (RuntimeException e) {
            // the estimate is still there, pending; only the reason is not recorded
            LOG.warn("Could not record why the cost estimate of meeting {} was not sent: {}", meetingId, e.toString());
        }
    }

    private Snapshot snapshot(Connection c, long meetingId) throws SQLException {
        return Sql.one(c, "SELECT " + MeetingRows.ESTIMATE_COLUMNS + ", M.UNIT_ID, M.TYPE, M.TITLE, M.STARTS_AT, B.UNIT_ID "
                + "AS BODY_UNIT_ID FROM MEETINGS.COST_ESTIMATES JOIN MEETINGS.MEETINGS M ON M.ID = EST_MEETING_ID "
                + "LEFT JOIN MEETINGS.BODIES B ON B.ID = M.BODY_ID WHERE EST_MEETING_ID = ?", rs -> {
                    CostEstimate e = MeetingRows.estimate(rs);
                    Long bodyUnit = Sql.nullableLong(rs, "BODY_UNIT_ID");
                    long unit = bodyUnit != null ? bodyUnit : rs.getLong("UNIT_ID");
                    Settings s = settings;
                    MeetingType type = MeetingType.valueOf(rs.getString("TYPE"));
                    int year = Instant.ofEpochMilli(rs.getLong("STARTS_AT")).atZone(s.zone()).getYear();
                    String category = type == MeetingType.CONGRESS ? s.congressCategory() : s.category();
                    return new Snapshot(e, rs.getLong("EST_VERSION"), new BudgetRequest(unit, year, category,
                            rs.getString("TITLE"), e.amountVnd(), e.reference()));
                }, meetingId).orElseThrow(() -> new EntityNotFoundException("meeting", meetingId, "meetingId"));
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static Optional<CostEstimate> row(Connection c, long meetingId) throws SQLException {
        return Sql.one(c, ESTIMATE + " WHERE EST_MEETING_ID = ?", MeetingRows::estimate, meetingId);
    }

    /** The meeting, if the reader is cleared for it; one above their clearance is not found. */
    private Meeting visible(Connection c, long meetingId) throws SQLException {
        Clearance clearance = user.clearance();
        return MeetingRows.meeting(c, meetingId).filter(m -> clearance.permits(m.classification()))
                .orElseThrow(() -> new EntityNotFoundException("meeting", meetingId, "meetingId"));
    }
}
