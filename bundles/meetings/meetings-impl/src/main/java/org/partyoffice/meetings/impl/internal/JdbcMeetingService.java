package org.partyoffice.meetings.impl.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.partyoffice.documents.api.Attachment;
import org.partyoffice.documents.api.DocumentService;
import org.partyoffice.documents.api.NewDraft;
import org.partyoffice.documents.api.Urgency;
import org.partyoffice.meetings.api.AgendaItem;
import org.partyoffice.meetings.api.Body;
import org.partyoffice.meetings.api.BodyMember;
import org.partyoffice.meetings.api.Decision;
import org.partyoffice.meetings.api.FollowUp;
import org.partyoffice.meetings.api.Invitation;
import org.partyoffice.meetings.api.Meeting;
import org.partyoffice.meetings.api.MeetingEvents;
import org.partyoffice.meetings.api.MeetingService;
import org.partyoffice.meetings.api.MeetingStatus;
import org.partyoffice.meetings.api.MeetingType;
import org.partyoffice.meetings.api.MemberRole;
import org.partyoffice.meetings.api.Minutes;
import org.partyoffice.meetings.api.NewMeeting;
import org.partyoffice.meetings.api.Quorum;
import org.partyoffice.meetings.api.Reply;
import org.partyoffice.meetings.api.Room;
import org.partyoffice.meetings.api.Rule;
import org.partyoffice.meetings.api.VoteMethod;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.Account;
import org.partyoffice.platform.api.AccountService;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.ContentStore;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.OrganisationService;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.Transactions;
import org.partyoffice.platform.api.sql.Sql;

/**
 * Bodies, rooms, the schedule and each meeting's proceedings on the {@code MEETINGS} tables.
 * Scheduling is serialised by one lock row, so two clerks booking the same room or the same
 * member at once cannot both succeed. Every read goes through {@link #existing} or filters the
 * calendar by the reader's clearance, so a classified meeting never reaches someone below it.
 */
@Component(service = MeetingService.class)
public final class JdbcMeetingService implements MeetingService {

    static final String[] ORGANISERS = {Roles.OFFICE_STAFF, Roles.SECRETARY, Roles.ADMIN};
    private static final Duration LONGEST = Duration.ofDays(14);

    private final Transactions tx;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final AccountService accounts;
    private final OrganisationService organisation;
    private final ContentStore files;
    private final MeetingEventPublisher events;
    private final Clock clock;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile DocumentService documents;

    @Activate
    public JdbcMeetingService(@Reference Transactions tx, @Reference CurrentUser user, @Reference AuditTrail audit,
                              @Reference AccountService accounts, @Reference OrganisationService organisation,
                              @Reference ContentStore files, @Reference MeetingEventPublisher events,
                              @Reference MeetingsSchema schema) {
        this(tx, user, audit, accounts, organisation, files, events, Clock.systemUTC());
    }

    JdbcMeetingService(Transactions tx, CurrentUser user, AuditTrail audit, AccountService accounts,
                       OrganisationService organisation, ContentStore files, MeetingEventPublisher events, Clock clock) {
        this.tx = tx;
        this.user = user;
        this.audit = audit;
        this.accounts = accounts;
        this.organisation = organisation;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    /** For tests: the documents service as DS would bind it. */
    void bindDocuments(DocumentService d) {
        this.documents = d;
    }

    // --- rooms and bodies ------------------------------------------------------------------------

    @Override
    public Room saveRoom(String name, int capacity, String location) {
        user.requireAnyRole(Roles.ADMIN, Roles.IT_ADMIN, Roles.OFFICE_STAFF);
        String n = text(name, 200, "name");
        if (capacity < 1 || capacity > 10_000) {
            throw new InvalidInputException("capacity", "must be between 1 and 10000", capacity);
        }
        String loc = optional(location, 300, "location");
        return tx.required(c -> {
            if (Sql.one(c, "SELECT 1 FROM MEETINGS.ROOMS WHERE NAME = ?", rs -> 1, n).isPresent()) {
                throw new ConflictException("name", "a room named " + n + " already exists");
            }
            long id = Sql.insert(c, "INSERT INTO MEETINGS.ROOMS (NAME, CAPACITY, LOCATION) VALUES (?,?,?)", n, capacity, loc);
            audit.append(MeetingsSchema.MODULE, "room.create", Long.toString(id), n + " (" + capacity + ")");
            return MeetingRows.room(c, id).orElseThrow();
        });
    }

    @Override
    public List<Room> rooms() {
        return tx.required(c -> Sql.list(c, "SELECT ID, NAME, CAPACITY, LOCATION FROM MEETINGS.ROOMS ORDER BY NAME",
                MeetingRows::room));
    }

    @Override
    public Body createBody(long unitId, String name, MeetingType meets, List<BodyMember> members, Rule quorum, Rule decision) {
        user.requireAnyRole(ORGANISERS);
        organisation.get(unitId, "unitId");
        String n = text(name, 300, "name");
        if (meets == null) {
            throw new InvalidInputException("meets", "is required: the kind of meeting this body holds");
        }
        if (members == null || members.isEmpty()) {
            throw new InvalidInputException("members", "must name at least one member");
        }
        Map<String, MemberRole> roles = new HashMap<>();
        for (BodyMember m : members) {
            Account a = account(m.login(), "members");
            if (roles.put(a.login(), m.role() == null ? MemberRole.MEMBER : m.role()) != null) {
                throw new InvalidInputException("members", "names " + a.login() + " twice");
            }
        }
        if (roles.values().stream().filter(r -> r == MemberRole.CHAIR).count() > 1) {
            throw new InvalidInputException("members", "a body has at most one chair");
        }
        Rule q = quorum != null ? quorum : meets == MeetingType.EXECUTIVE_COMMITTEE_CONFERENCE ? Rule.TWO_THIRDS
                : Rule.MORE_THAN_HALF;
        Rule d = decision != null ? decision : Rule.MORE_THAN_HALF;
        requiresSomeone(q, "quorum", "members present");
        requiresSomeone(d, "decision", "votes in favour");
        return tx.required(c -> {
            long id = Sql.insert(c, "INSERT INTO MEETINGS.BODIES (UNIT_ID, NAME, MEETS, QUORUM_NUM, QUORUM_DEN, QUORUM_STRICT, "
                    + "DECISION_NUM, DECISION_DEN, DECISION_STRICT) VALUES (?,?,?,?,?,?,?,?,?)", unitId, n, meets,
                    q.numerator(), q.denominator(), q.strict(), d.numerator(), d.denominator(), d.strict());
            for (var e : roles.entrySet()) {
                Sql.update(c, "INSERT INTO MEETINGS.BODY_MEMBERS (BODY_ID, LOGIN, ROLE) VALUES (?,?,?)", id, e.getKey(),
                        e.getValue());
            }
            audit.append(MeetingsSchema.MODULE, "body.create", Long.toString(id), n + ", " + roles.size() + " members");
            return MeetingRows.body(c, id, accounts).orElseThrow();
        });
    }

    @Override
    public Optional<Body> body(long id) {
        return tx.required(c -> MeetingRows.body(c, id, accounts));
    }

    @Override
    public List<Body> bodies() {
        return tx.required(c -> Sql.list(c, "SELECT ID, UNIT_ID, NAME, MEETS, QUORUM_NUM, QUORUM_DEN, QUORUM_STRICT, "
                + "DECISION_NUM, DECISION_DEN, DECISION_STRICT FROM MEETINGS.BODIES ORDER BY NAME",
                rs -> MeetingRows.body(c, rs, accounts)));
    }

    // --- the schedule ----------------------------------------------------------------------------

    @Override
    public Meeting schedule(NewMeeting m) {
        user.requireAnyRole(ORGANISERS);
        if (m == null) {
            throw new InvalidInputException("body", "must not be empty");
        }
        organisation.get(m.unitId(), "unitId");
        if (m.type() == null) {
            throw new InvalidInputException("type", "is required");
        }
        String title = text(m.title(), 500, "title");
        checkTimes(m.start(), m.end());
        Clearance classification = m.classification() == null ? Clearance.UNCLASSIFIED : m.classification();
        if (!user.clearance().permits(classification)) {
            throw new InvalidInputException("classification", "is above your own clearance (" + user.clearance().name() + ")",
                    classification.name());
        }
        Instant now = clock.instant();
        Meeting created = tx.required(c -> {
            lockSchedule(c);
            Body body = m.bodyId() == null ? null : MeetingRows.body(c, m.bodyId(), accounts)
                    .orElseThrow(() -> new EntityNotFoundException("body", m.bodyId(), "bodyId"));
            Set<String> required = required(m.required(), body);
            for (String login : required) {
                requireCleared(login, classification, "required");
            }
            checkRoom(c, m.roomId(), required.size());
            ScheduleConflicts.check(c, null, m.roomId(), required, m.start(), m.end(), user.clearance());
            long id = Sql.insert(c, "INSERT INTO MEETINGS.MEETINGS (UNIT_ID, TYPE, TITLE, BODY_ID, ROOM_ID, STARTS_AT, ENDS_AT, "
                    + "STATUS, CREATED_BY, CREATED_AT, CLASSIFICATION) VALUES (?,?,?,?,?,?,?,?,?,?,?)", m.unitId(), m.type(), title,
                    m.bodyId(), m.roomId(), m.start(), m.end(), MeetingStatus.PLANNED, user.login(), now,
                    classification.ordinal());
            for (String login : required) {
                Sql.update(c, "INSERT INTO MEETINGS.REQUIRED (MEETING_ID, LOGIN) VALUES (?,?)", id, login);
                invite(c, id, login);
            }
            audit.append(MeetingsSchema.MODULE, "meeting.schedule", Long.toString(id), title + " " + m.start() + "–" + m.end()
                    + (classification == Clearance.UNCLASSIFIED ? "" : " classification=" + classification.name()));
            return MeetingRows.meeting(c, id).orElseThrow();
        });
        events.post(MeetingEvents.SCHEDULED, Map.of(MeetingEvents.MEETING_ID, created.id(), MeetingEvents.UNIT_ID,
                created.unitId(), MeetingEvents.START, created.start().toEpochMilli()));
        return created;
    }

    @Override
    public Meeting reschedule(long id, Instant start, Instant end, Long roomId) {
        user.requireAnyRole(ORGANISERS);
        checkTimes(start, end);
        return tx.required(c -> {
            lockSchedule(c);
            Meeting m = open(c, id);
            // Leaving the room out keeps it: a clerk moving the time must not lose the booked hall.
            // Only an online conference is moved online (no room) that way.
            Long room = roomId != null ? roomId : m.type() == MeetingType.ONLINE_CONFERENCE ? null : m.roomId();
            checkRoom(c, room, m.required().size());
            ScheduleConflicts.check(c, id, room, new LinkedHashSet<>(m.required()), start, end, user.clearance());
            Sql.update(c, "UPDATE MEETINGS.MEETINGS SET STARTS_AT = ?, ENDS_AT = ?, ROOM_ID = ? WHERE ID = ?", start, end,
                    room, id);
            audit.append(MeetingsSchema.MODULE, "meeting.reschedule", Long.toString(id), start + "–" + end + " room "
                    + (room == null ? "none" : room));
            return MeetingRows.meeting(c, id).orElseThrow();
        });
    }

    @Override
    public Meeting cancel(long id, String reason) {
        user.requireAnyRole(ORGANISERS);
        String why = text(reason, 1000, "reason");
        Meeting m = tx.required(c -> {
            Meeting current = open(c, id);
            if (current.status() != MeetingStatus.PLANNED) {
                throw new ConflictException("status", "meeting " + id + " is " + current.status() + "; only a planned one "
                        + "is cancelled");
            }
            Sql.update(c, "UPDATE MEETINGS.MEETINGS SET STATUS = ? WHERE ID = ?", MeetingStatus.CANCELLED, id);
            audit.append(MeetingsSchema.MODULE, "meeting.cancel", Long.toString(id), why);
            return MeetingRows.meeting(c, id).orElseThrow();
        });
        events.post(MeetingEvents.CANCELLED, Map.of(MeetingEvents.MEETING_ID, id, MeetingEvents.UNIT_ID, m.unitId()));
        return m;
    }

    @Override
    public Meeting reclassify(long id, Clearance classification, String reason) {
        user.requireAnyRole(ORGANISERS);
        if (classification == null) {
            throw new InvalidInputException("classification", "is required");
        }
        String why = text(reason, 1000, "reason");
        if (!user.clearance().permits(classification)) {
            throw new InvalidInputException("classification", "is above your own clearance (" + user.clearance().name() + ")",
                    classification.name());
        }
        return tx.required(c -> {
            Meeting m = open(c, id);
            if (classification == m.classification()) {
                return m;
            }
            boolean lowering = classification.ordinal() < m.classification().ordinal();
            if (lowering && !user.hasRole(Roles.SECRETARY) && !user.hasRole(Roles.ADMIN)) {
                throw new AccessDeniedException("lowering a meeting's classification (giải mật) needs the secretary or admin role");
            }
            if (!lowering) {
                List<String> notCleared = new ArrayList<>();
                for (String login : participants(c, id)) {
                    if (!account(login, "classification").clearance().permits(classification)) {
                        notCleared.add(login);
                    }
                }
                if (!notCleared.isEmpty()) {
                    throw new ConflictException("classification", String.join(", ", notCleared) + " not cleared for "
                            + classification.name() + " (" + classification.label("vi") + "): withdraw or replace them first");
                }
            }
            Sql.update(c, "UPDATE MEETINGS.MEETINGS SET CLASSIFICATION = ? WHERE ID = ?", classification.ordinal(), id);
            audit.append(MeetingsSchema.MODULE, "meeting.reclassify", Long.toString(id), m.classification().name() + " -> "
                    + classification.name() + ": " + why);
            return MeetingRows.meeting(c, id).orElseThrow();
        });
    }

    /** Everyone the meeting reaches: its required participants and its invitees. */
    private static Set<String> participants(Connection c, long meetingId) throws SQLException {
        Set<String> logins = new LinkedHashSet<>(Sql.list(c, "SELECT LOGIN FROM MEETINGS.REQUIRED WHERE MEETING_ID = ?",
                rs -> rs.getString(1), meetingId));
        logins.addAll(Sql.list(c, "SELECT LOGIN FROM MEETINGS.INVITATIONS WHERE MEETING_ID = ?", rs -> rs.getString(1),
                meetingId));
        return logins;
    }

    @Override
    public Optional<Meeting> find(long id) {
        Clearance clearance = user.clearance();
        return tx.required(c -> MeetingRows.meeting(c, id)).filter(m -> clearance.permits(m.classification()));
    }

    @Override
    public List<Meeting> calendar(Instant from, Instant to) {
        if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "from" : "to", "is required");
        }
        if (!to.isAfter(from)) {
            throw new InvalidInputException("to", "must be after from", to);
        }
        if (Duration.between(from, to).toDays() > 400) {
            throw new InvalidInputException("to", "a calendar covers at most 400 days", to);
        }
        int clearance = user.clearance().ordinal();
        return tx.required(c -> Sql.list(c, MeetingRows.MEETING + " WHERE STARTS_AT < ? AND ENDS_AT > ? AND CLASSIFICATION <= ? "
                + "ORDER BY STARTS_AT, ID", rs -> MeetingRows.meeting(c, rs), to, from, clearance));
    }

    @Override
    public byte[] icalendar(Instant from, Instant to) {
        List<Meeting> meetings = calendar(from, to);
        Map<Long, String> rooms = rooms().stream().collect(Collectors.toMap(Room::id, Room::name));
        List<String> classified = meetings.stream().filter(m -> m.classification() != Clearance.UNCLASSIFIED)
                .map(m -> Long.toString(m.id())).toList();
        if (!classified.isEmpty()) {
            // a file leaves the platform: who took classified meetings with it is on record
            audit.append(MeetingsSchema.MODULE, "calendar.export", "calendar", clip(from + "–" + to + ": meetings "
                    + String.join(",", classified)));
        }
        return CalendarExport.write(meetings, rooms, "partyoffice");
    }

    // --- agenda and invitations ------------------------------------------------------------------

    @Override
    public AgendaItem addAgendaItem(long meetingId, String title, String presenter, int minutes, List<Long> documentIds) {
        user.requireAnyRole(ORGANISERS);
        String t = text(title, 500, "title");
        String p = optional(presenter, 200, "presenter");
        if (minutes < 0 || minutes > 600) {
            throw new InvalidInputException("minutes", "must be between 0 and 600", minutes);
        }
        List<Long> docs = documentIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(documentIds));
        if (!docs.isEmpty()) {
            DocumentService d = documents;
            if (d == null) {
                throw new ConflictException("documentIds", "the documents module is not installed: attach plain files instead");
            }
            for (long doc : docs) {
                d.get(doc);
            }
        }
        return tx.required(c -> {
            open(c, meetingId);
            int position = Sql.one(c, "SELECT COALESCE(MAX(POSITION), 0) + 1 FROM MEETINGS.AGENDA WHERE MEETING_ID = ?",
                    rs -> rs.getInt(1), meetingId).orElse(1);
            long id = Sql.insert(c, "INSERT INTO MEETINGS.AGENDA (MEETING_ID, POSITION, TITLE, PRESENTER, MINUTES_LONG, "
                    + "DOCUMENT_IDS) VALUES (?,?,?,?,?,?)", meetingId, position, t, p, minutes,
                    docs.stream().map(String::valueOf).collect(Collectors.joining(",")));
            audit.append(MeetingsSchema.MODULE, "agenda.add", Long.toString(meetingId), position + ". " + t);
            return Sql.one(c, "SELECT * FROM MEETINGS.AGENDA WHERE ID = ?", MeetingRows::agendaItem, id).orElseThrow();
        });
    }

    @Override
    public List<AgendaItem> agenda(long meetingId) {
        return tx.required(c -> {
            existing(c, meetingId);
            return Sql.list(c, "SELECT * FROM MEETINGS.AGENDA WHERE MEETING_ID = ? ORDER BY POSITION", MeetingRows::agendaItem,
                    meetingId);
        });
    }

    @Override
    public List<Invitation> invite(long meetingId, List<String> logins) {
        user.requireAnyRole(ORGANISERS);
        if (logins == null || logins.isEmpty()) {
            throw new InvalidInputException("logins", "must name at least one account");
        }
        List<String> checked = logins.stream().map(l -> account(l, "logins").login()).distinct().toList();
        return tx.required(c -> {
            Meeting m = open(c, meetingId);
            for (String login : checked) {
                requireCleared(login, m.classification(), "logins");
            }
            for (String login : checked) {
                invite(c, meetingId, login);
            }
            audit.append(MeetingsSchema.MODULE, "meeting.invite", Long.toString(meetingId), String.join(",", checked));
            return invitations(c, meetingId);
        });
    }

    @Override
    public Invitation reply(long meetingId, Reply reply, String reason) {
        if (reply == null || reply == Reply.PENDING) {
            throw new InvalidInputException("reply", "must be ATTEND or ABSENT");
        }
        String why = optional(reason, 1000, "reason");
        if (reply == Reply.ABSENT && why == null) {
            throw new InvalidInputException("reason", "is required when absent");
        }
        String login = user.login();
        return tx.required(c -> {
            open(c, meetingId);
            if (Sql.update(c, "UPDATE MEETINGS.INVITATIONS SET REPLY = ?, REASON = ? WHERE MEETING_ID = ? AND LOGIN = ?",
                    reply, why, meetingId, login) == 0) {
                throw new AccessDeniedException("you are not invited to meeting " + meetingId);
            }
            audit.append(MeetingsSchema.MODULE, "meeting.reply", Long.toString(meetingId), reply + (why == null ? "" : ": " + why));
            return invitations(c, meetingId).stream().filter(i -> i.login().equals(login)).findFirst().orElseThrow();
        });
    }

    @Override
    public List<Invitation> invitations(long meetingId) {
        return tx.required(c -> {
            existing(c, meetingId);
            return invitations(c, meetingId);
        });
    }

    @Override
    public byte[] invitationsPdf(long meetingId) {
        record Sheet(Meeting meeting, String unit, Room room, List<AgendaItem> agenda, List<Invitation> invited) {
        }
        Sheet sheet = tx.required(c -> {
            Meeting m = existing(c, meetingId);
            Room room = m.roomId() == null ? null : MeetingRows.room(c, m.roomId()).orElse(null);
            List<AgendaItem> agenda = Sql.list(c, "SELECT * FROM MEETINGS.AGENDA WHERE MEETING_ID = ? ORDER BY POSITION",
                    MeetingRows::agendaItem, meetingId);
            if (m.classification() != Clearance.UNCLASSIFIED) {
                audit.append(MeetingsSchema.MODULE, "invitations.print", Long.toString(meetingId),
                        "classification=" + m.classification().name());
            }
            return new Sheet(m, organisation.find(m.unitId()).map(u -> u.name()).orElse(""), room, agenda,
                    invitations(c, meetingId));
        });
        return Reports.invitations(sheet.meeting(), sheet.unit(), sheet.room(), sheet.agenda(), sheet.invited());
    }

    // --- attendance, quorum, decisions -----------------------------------------------------------

    @Override
    public Quorum checkIn(long meetingId, String login) {
        String who = login == null || login.isBlank() ? user.login() : login.strip();
        if (!who.equals(user.login())) {
            user.requireAnyRole(ORGANISERS);
        }
        Instant now = clock.instant();
        return tx.required(c -> {
            Meeting m = open(c, meetingId);
            if (Sql.update(c, "UPDATE MEETINGS.INVITATIONS SET CHECKED_IN_AT = ? WHERE MEETING_ID = ? AND LOGIN = ? "
                    + "AND CHECKED_IN_AT IS NULL", now, meetingId, who) == 0) {
                if (Sql.one(c, "SELECT 1 FROM MEETINGS.INVITATIONS WHERE MEETING_ID = ? AND LOGIN = ?", rs -> 1, meetingId, who)
                        .isEmpty()) {
                    throw new InvalidInputException("login", "is not invited to meeting " + meetingId, who);
                }
            }
            if (m.status() == MeetingStatus.PLANNED) {
                Sql.update(c, "UPDATE MEETINGS.MEETINGS SET STATUS = ? WHERE ID = ?", MeetingStatus.IN_PROGRESS, meetingId);
            }
            audit.append(MeetingsSchema.MODULE, "meeting.checkin", Long.toString(meetingId), who);
            return quorum(c, m);
        });
    }

    @Override
    public Quorum quorum(long meetingId) {
        return tx.required(c -> quorum(c, existing(c, meetingId)));
    }

    private Quorum quorum(Connection c, Meeting m) throws SQLException {
        Rule rule;
        Set<String> base;
        if (m.bodyId() != null) {
            Body body = MeetingRows.body(c, m.bodyId(), accounts).orElseThrow();
            rule = body.quorum();
            base = body.members().stream().map(BodyMember::login).collect(Collectors.toSet());
        } else {
            rule = Rule.MORE_THAN_HALF;
            base = new LinkedHashSet<>(m.required());
        }
        Set<String> present = new LinkedHashSet<>(Sql.list(c, "SELECT LOGIN FROM MEETINGS.INVITATIONS WHERE MEETING_ID = ? "
                + "AND CHECKED_IN_AT IS NOT NULL", rs -> rs.getString(1), m.id()));
        present.retainAll(base);
        if (base.isEmpty()) {
            // Nobody to count (no body, nobody required): there is no quorum to wait for, and saying
            // "not reached" for ever would block nothing but mislead the dashboard and the page.
            return new Quorum(0, 0, 0, rule, true);
        }
        return new Quorum(base.size(), present.size(), rule.smallest(base.size()), rule, rule.met(present.size(), base.size()));
    }

    @Override
    public Decision decide(long agendaItemId, VoteMethod method, int inFavour, int against, int abstaining) {
        user.requireAnyRole(ORGANISERS);
        if (method == null) {
            throw new InvalidInputException("method", "must be SHOW_OF_HANDS or SECRET_BALLOT");
        }
        for (var e : Map.of("inFavour", inFavour, "against", against, "abstaining", abstaining).entrySet()) {
            if (e.getValue() < 0) {
                throw new InvalidInputException(e.getKey(), "must not be negative", e.getValue());
            }
        }
        Instant now = clock.instant();
        return tx.required(c -> {
            AgendaItem item = Sql.one(c, "SELECT * FROM MEETINGS.AGENDA WHERE ID = ?", MeetingRows::agendaItem, agendaItemId)
                    .orElseThrow(() -> new EntityNotFoundException("agenda item", agendaItemId, "agendaItemId"));
            Meeting m = open(c, item.meetingId());
            if (m.bodyId() == null) {
                throw new ConflictException("agendaItemId", "only a meeting of a body takes decisions by vote");
            }
            Body body = MeetingRows.body(c, m.bodyId(), accounts).orElseThrow();
            Quorum q = quorum(c, m);
            if (!q.reached()) {
                throw new ConflictException("quorum", "the meeting has no quorum: " + q.present() + " of " + q.members()
                        + " present, " + q.required() + " needed");
            }
            if (inFavour + against + abstaining > q.present()) {
                throw new InvalidInputException("inFavour", "the votes (" + (inFavour + against + abstaining)
                        + ") exceed the members present (" + q.present() + ")");
            }
            if (Sql.one(c, "SELECT 1 FROM MEETINGS.DECISIONS WHERE AGENDA_ITEM_ID = ?", rs -> 1, agendaItemId).isPresent()) {
                throw new ConflictException("agendaItemId", "agenda item " + agendaItemId + " was already decided");
            }
            int base = body.members().size();
            boolean adopted = body.decision().met(inFavour, base);
            Sql.update(c, "INSERT INTO MEETINGS.DECISIONS (AGENDA_ITEM_ID, METHOD, IN_FAVOUR, AGAINST, ABSTAINING, BASE, ADOPTED, "
                    + "DECIDED_AT) VALUES (?,?,?,?,?,?,?,?)", agendaItemId, method, inFavour, against, abstaining, base, adopted,
                    now);
            audit.append(MeetingsSchema.MODULE, "decision", Long.toString(agendaItemId), inFavour + "/" + against + "/"
                    + abstaining + " of " + base + (adopted ? " adopted" : " not adopted"));
            return new Decision(agendaItemId, method, inFavour, against, abstaining, base, body.decision(), adopted);
        });
    }

    @Override
    public Optional<Decision> decision(long agendaItemId) {
        int clearance = user.clearance().ordinal();
        return tx.required(c -> Sql.one(c, "SELECT D.*, B.DECISION_NUM, B.DECISION_DEN, B.DECISION_STRICT FROM "
                + "MEETINGS.DECISIONS D JOIN MEETINGS.AGENDA A ON A.ID = D.AGENDA_ITEM_ID JOIN MEETINGS.MEETINGS M "
                + "ON M.ID = A.MEETING_ID JOIN MEETINGS.BODIES B ON B.ID = M.BODY_ID WHERE D.AGENDA_ITEM_ID = ? AND M.CLASSIFICATION <= ?",
                rs -> new Decision(agendaItemId, VoteMethod.valueOf(rs.getString("METHOD")), rs.getInt("IN_FAVOUR"),
                        rs.getInt("AGAINST"), rs.getInt("ABSTAINING"), rs.getInt("BASE"), new Rule(rs.getInt("DECISION_NUM"),
                        rs.getInt("DECISION_DEN"), rs.getBoolean("DECISION_STRICT")), rs.getBoolean("ADOPTED")), agendaItemId,
                clearance));
    }

    // --- minutes, conclusions, follow-up ---------------------------------------------------------

    @Override
    public Minutes saveMinutes(long meetingId, String text) {
        user.requireAnyRole(ORGANISERS);
        String body = text(text, 1_000_000, "text");
        Instant now = clock.instant();
        return tx.required(c -> {
            open(c, meetingId);
            if (Sql.update(c, "UPDATE MEETINGS.MINUTES SET TEXT_BODY = ?, UPDATED_AT = ? WHERE MEETING_ID = ?", body, now,
                    meetingId) == 0) {
                Sql.update(c, "INSERT INTO MEETINGS.MINUTES (MEETING_ID, TEXT_BODY, UPDATED_AT) VALUES (?,?,?)", meetingId,
                        body, now);
            }
            audit.append(MeetingsSchema.MODULE, "minutes.save", Long.toString(meetingId), body.length() + " characters");
            return minutes(c, meetingId).orElseThrow();
        });
    }

    @Override
    public Minutes approveMinutes(long meetingId) {
        Instant now = clock.instant();
        Meeting closed = tx.required(c -> {
            Meeting m = open(c, meetingId);
            requireChair(c, m);
            Minutes draft = minutes(c, meetingId)
                    .orElseThrow(() -> new ConflictException("minutes", "there are no minutes to approve yet"));
            String sha = files.put(new ByteArrayInputStream(draft.text().getBytes(StandardCharsets.UTF_8)));
            Sql.update(c, "UPDATE MEETINGS.MINUTES SET APPROVED_BY = ?, UPDATED_AT = ? WHERE MEETING_ID = ?", user.login(), now,
                    meetingId);
            Sql.update(c, "UPDATE MEETINGS.MEETINGS SET STATUS = ?, CLOSED_AT = ?, MINUTES_SHA256 = ? WHERE ID = ?",
                    MeetingStatus.CLOSED, now, sha, meetingId);
            audit.append(MeetingsSchema.MODULE, "minutes.approve", Long.toString(meetingId), sha);
            return MeetingRows.meeting(c, meetingId).orElseThrow();
        });
        events.post(MeetingEvents.CLOSED, Map.of(MeetingEvents.MEETING_ID, meetingId, MeetingEvents.UNIT_ID, closed.unitId()));
        return minutes(meetingId).orElseThrow();
    }

    @Override
    public Optional<Minutes> minutes(long meetingId) {
        return tx.required(c -> {
            existing(c, meetingId);
            return minutes(c, meetingId);
        });
    }

    @Override
    public long draftConclusions(long meetingId, String documentType) {
        user.requireAnyRole(ORGANISERS);
        DocumentService d = documents;
        if (d == null) {
            throw new ConflictException("documents", "the documents module is not installed: conclusions stay in the minutes");
        }
        String type = documentType == null || documentType.isBlank() ? "KL" : documentType.strip();
        Meeting m = find(meetingId).orElseThrow(() -> new EntityNotFoundException("meeting", meetingId, "meetingId"));
        Minutes minutes = minutes(meetingId).filter(Minutes::approved)
                .orElseThrow(() -> new ConflictException("minutes", "the chair has not approved the minutes yet"));
        var draft = d.createDraft(new NewDraft(m.unitId(), type, (type.equals("TB") ? "Thông báo kết luận " : "Kết luận ")
                + m.title(), m.classification(), Urgency.NORMAL));
        d.addVersion(draft.id(), new Attachment("bien-ban-" + meetingId + ".txt", "text/plain",
                minutes.text().getBytes(StandardCharsets.UTF_8)), "từ biên bản cuộc họp " + meetingId);
        audit.append(MeetingsSchema.MODULE, "conclusions.draft", Long.toString(meetingId), "document " + draft.id());
        return draft.id();
    }

    @Override
    public FollowUp addFollowUp(long meetingId, String title, String ownerLogin, LocalDate deadline) {
        user.requireAnyRole(ORGANISERS);
        String t = text(title, 500, "title");
        String owner = account(ownerLogin, "ownerLogin").login();
        if (deadline == null) {
            throw new InvalidInputException("deadline", "is required");
        }
        return tx.required(c -> {
            existing(c, meetingId);
            long id = Sql.insert(c, "INSERT INTO MEETINGS.FOLLOW_UPS (MEETING_ID, TITLE, OWNER_LOGIN, DEADLINE, DONE) "
                    + "VALUES (?,?,?,?,FALSE)", meetingId, t, owner, deadline);
            audit.append(MeetingsSchema.MODULE, "followup.add", Long.toString(meetingId), owner + ": " + t);
            return new FollowUp(id, meetingId, t, owner, deadline, false);
        });
    }

    @Override
    public List<FollowUp> followUps(long meetingId) {
        return tx.required(c -> {
            existing(c, meetingId);
            return Sql.list(c, "SELECT ID, MEETING_ID, TITLE, OWNER_LOGIN, DEADLINE, DONE FROM MEETINGS.FOLLOW_UPS "
                    + "WHERE MEETING_ID = ? ORDER BY DEADLINE, ID", rs -> new FollowUp(rs.getLong(1), rs.getLong(2),
                    rs.getString(3), rs.getString(4), rs.getDate(5).toLocalDate(), rs.getBoolean(6)), meetingId);
        });
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static void lockSchedule(Connection c) throws SQLException {
        Sql.update(c, "UPDATE MEETINGS.SCHEDULE_LOCK SET CHANGES = CHANGES + 1 WHERE ID = 1");
    }

    /** The meeting, if the reader is cleared for it; one above their clearance is not found, as documents do. */
    private Meeting existing(Connection c, long id) throws SQLException {
        Clearance clearance = user.clearance();
        return MeetingRows.meeting(c, id).filter(m -> clearance.permits(m.classification()))
                .orElseThrow(() -> new EntityNotFoundException("meeting", id, "meetingId"));
    }

    /** The meeting, if it is neither closed nor cancelled. */
    private Meeting open(Connection c, long id) throws SQLException {
        Meeting m = existing(c, id);
        if (m.status() == MeetingStatus.CLOSED || m.status() == MeetingStatus.CANCELLED) {
            throw new ConflictException("status", "meeting " + id + " is " + m.status());
        }
        return m;
    }

    private void checkRoom(Connection c, Long roomId, int people) throws SQLException {
        if (roomId == null) {
            return;
        }
        Room room = MeetingRows.room(c, roomId).orElseThrow(() -> new EntityNotFoundException("room", roomId, "roomId"));
        if (room.capacity() < people) {
            throw new InvalidInputException("roomId", room.name() + " seats " + room.capacity() + "; " + people
                    + " people are required");
        }
    }

    private static void checkTimes(Instant start, Instant end) {
        if (start == null || end == null) {
            throw new InvalidInputException(start == null ? "start" : "end", "is required");
        }
        if (!end.isAfter(start)) {
            throw new InvalidInputException("end", "must be after start", end);
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw new InvalidInputException("end", "a meeting lasts at most 14 days", end);
        }
    }

    private Set<String> required(List<String> logins, Body body) {
        Set<String> result = new LinkedHashSet<>();
        if (logins == null) {
            if (body != null) {
                body.members().forEach(m -> result.add(m.login()));
            }
            return result;
        }
        for (String login : logins) {
            result.add(account(login, "required").login());
        }
        return result;
    }

    /**
     * A rule met by nobody at all (0/n, "at least none") would make an empty room a quorum or a
     * silent room a decision; a Party body's rules always need someone, so such a rule is refused.
     */
    private static void requiresSomeone(Rule rule, String field, String what) {
        if (rule.met(0, 1)) {
            throw new InvalidInputException(field, "must require some " + what + ": " + rule + " is met by none", rule.toString());
        }
    }

    private void requireCleared(String login, Clearance classification, String field) {
        Account a = account(login, field);
        if (!a.clearance().permits(classification)) {
            throw new InvalidInputException(field, a.login() + " is not cleared for " + classification.name() + " ("
                    + classification.label("vi") + ")", a.login());
        }
    }

    private void requireChair(Connection c, Meeting m) throws SQLException {
        if (user.hasRole(Roles.ADMIN)) {
            return;
        }
        boolean chair = m.bodyId() != null && Sql.one(c, "SELECT 1 FROM MEETINGS.BODY_MEMBERS WHERE BODY_ID = ? AND LOGIN = ? "
                + "AND ROLE = 'CHAIR'", rs -> 1, m.bodyId(), user.login()).isPresent();
        if (!chair) {
            throw new AccessDeniedException("only the chair of the body approves the minutes");
        }
    }

    private static void invite(Connection c, long meetingId, String login) throws SQLException {
        if (Sql.one(c, "SELECT 1 FROM MEETINGS.INVITATIONS WHERE MEETING_ID = ? AND LOGIN = ?", rs -> 1, meetingId, login)
                .isEmpty()) {
            Sql.update(c, "INSERT INTO MEETINGS.INVITATIONS (MEETING_ID, LOGIN, REPLY) VALUES (?,?,?)", meetingId, login,
                    Reply.PENDING);
        }
    }

    private List<Invitation> invitations(Connection c, long meetingId) throws SQLException {
        return Sql.list(c, "SELECT LOGIN, REPLY, REASON, CHECKED_IN_AT FROM MEETINGS.INVITATIONS WHERE MEETING_ID = ? "
                + "ORDER BY LOGIN", rs -> new Invitation(meetingId, rs.getString(1), MeetingRows.fullName(accounts,
                rs.getString(1)), Reply.valueOf(rs.getString(2)), rs.getString(3), Sql.nullableLong(rs, "CHECKED_IN_AT") != null),
                meetingId);
    }

    private static Optional<Minutes> minutes(Connection c, long meetingId) throws SQLException {
        return Sql.one(c, "SELECT TEXT_BODY, APPROVED_BY, UPDATED_AT FROM MEETINGS.MINUTES WHERE MEETING_ID = ?",
                rs -> new Minutes(meetingId, rs.getString(1), rs.getString(2) != null, rs.getString(2),
                        Instant.ofEpochMilli(rs.getLong(3))), meetingId);
    }

    private Account account(String login, String field) {
        if (login == null || login.isBlank()) {
            throw new InvalidInputException(field, "must not contain an empty login");
        }
        Account a = accounts.find(login.strip())
                .orElseThrow(() -> new InvalidInputException(field, "no account has this login", login));
        if (!a.enabled()) {
            throw new InvalidInputException(field, "the account is disabled", login);
        }
        return a;
    }

    /** The audit trail keeps at most 4000 characters of detail. */
    static String clip(String detail) {
        return detail.length() <= 4000 ? detail : detail.substring(0, 3999) + "…";
    }

    static String text(String value, int max, String field) {
        String t = optional(value, max, field);
        if (t == null) {
            throw new InvalidInputException(field, "is required");
        }
        return t;
    }

    static String optional(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String t = value.strip();
        if (t.length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters");
        }
        return t;
    }

}
