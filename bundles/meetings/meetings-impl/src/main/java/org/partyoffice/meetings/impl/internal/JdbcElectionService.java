package org.partyoffice.meetings.impl.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.meetings.api.Ballot;
import org.partyoffice.meetings.api.BallotBase;
import org.partyoffice.meetings.api.Candidate;
import org.partyoffice.meetings.api.CandidateResult;
import org.partyoffice.meetings.api.CountResult;
import org.partyoffice.meetings.api.Delegate;
import org.partyoffice.meetings.api.Election;
import org.partyoffice.meetings.api.ElectionRules;
import org.partyoffice.meetings.api.ElectionService;
import org.partyoffice.meetings.api.InvalidBallot;
import org.partyoffice.meetings.api.Meeting;
import org.partyoffice.meetings.api.MeetingEvents;
import org.partyoffice.meetings.api.MeetingType;
import org.partyoffice.meetings.api.Rule;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.OrganisationService;
import org.partyoffice.platform.api.Transactions;
import org.partyoffice.platform.api.sql.Sql;

/**
 * Congress delegates, elections, candidates and ballots on the {@code MEETINGS} tables; the
 * counting itself is {@link BallotCounter}'s. Ballots are kept, so a recount counts the same
 * ballots again and shows the same digest. A voided ballot stays stored with its reason but is
 * left out of every count; a corrected one keeps its earlier entries in {@code BALLOT_HISTORY}.
 * Reading the tally is not audited; the counting board's official count is ({@link #recordCount}).
 * A Congress above the reader's clearance, and its elections, are not found.
 */
@Component(service = ElectionService.class)
public final class JdbcElectionService implements ElectionService {

    private static final String ELECTION = "SELECT ID, CONGRESS_ID, TITLE, SEATS, SURPLUS_PERCENT, FLOOR_SUPPORT_PERCENT, BASE, "
            + "RULE_NUM, RULE_DEN, RULE_STRICT, BLANK_VALID, LIST_CLOSED FROM MEETINGS.ELECTIONS";

    private final Transactions tx;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final OrganisationService organisation;
    private final MeetingEventPublisher events;
    private final Clock clock;

    @Activate
    public JdbcElectionService(@Reference Transactions tx, @Reference CurrentUser user, @Reference AuditTrail audit,
                               @Reference OrganisationService organisation, @Reference MeetingEventPublisher events,
                               @Reference MeetingsSchema schema) {
        this(tx, user, audit, organisation, events, Clock.systemUTC());
    }

    JdbcElectionService(Transactions tx, CurrentUser user, AuditTrail audit, OrganisationService organisation,
                        MeetingEventPublisher events, Clock clock) {
        this.tx = tx;
        this.user = user;
        this.audit = audit;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void addDelegate(long congressId, String fullName, String credential) {
        user.requireAnyRole(JdbcMeetingService.ORGANISERS);
        String name = JdbcMeetingService.text(fullName, 200, "fullName");
        String cred = JdbcMeetingService.text(credential, 64, "credential");
        tx.required(c -> {
            congress(c, congressId);
            if (Sql.one(c, "SELECT 1 FROM MEETINGS.DELEGATES WHERE CONGRESS_ID = ? AND CREDENTIAL = ?", rs -> 1, congressId, cred)
                    .isPresent()) {
                throw new ConflictException("credential", "credential " + cred + " is already registered");
            }
            Sql.update(c, "INSERT INTO MEETINGS.DELEGATES (CONGRESS_ID, CREDENTIAL, FULL_NAME, CHECKED) VALUES (?,?,?,FALSE)",
                    congressId, cred, name);
            audit.append(MeetingsSchema.MODULE, "delegate.add", Long.toString(congressId), cred + " " + name);
            return null;
        });
    }

    @Override
    public int checkCredential(long congressId, String credential) {
        user.requireAnyRole(JdbcMeetingService.ORGANISERS);
        String cred = JdbcMeetingService.text(credential, 64, "credential");
        return tx.required(c -> {
            congress(c, congressId);
            if (Sql.update(c, "UPDATE MEETINGS.DELEGATES SET CHECKED = TRUE WHERE CONGRESS_ID = ? AND CREDENTIAL = ?",
                    congressId, cred) == 0) {
                throw new InvalidInputException("credential", "is not a delegate of this Congress", cred);
            }
            audit.append(MeetingsSchema.MODULE, "delegate.check", Long.toString(congressId), cred);
            return delegates(c, congressId, true);
        });
    }

    @Override
    public List<Delegate> delegates(long congressId) {
        user.requireAnyRole(JdbcMeetingService.ORGANISERS);
        return tx.required(c -> {
            congress(c, congressId);
            return delegateList(c, congressId);
        });
    }

    @Override
    public byte[] delegatesPdf(long congressId) {
        user.requireAnyRole(JdbcMeetingService.ORGANISERS);
        var sheet = tx.required(c -> {
            Meeting congress = congress(c, congressId);
            printed(congress, "delegates.print", Long.toString(congressId));
            return Map.entry(congress, delegateList(c, congressId));
        });
        return Reports.delegates(sheet.getKey(), unitName(sheet.getKey()), sheet.getValue());
    }

    @Override
    public List<Election> elections(long congressId) {
        return tx.required(c -> {
            congress(c, congressId);
            return Sql.list(c, ELECTION + " WHERE CONGRESS_ID = ? ORDER BY ID", rs -> election(c, rs), congressId);
        });
    }

    @Override
    public Election create(long congressId, String title, ElectionRules rules) {
        user.requireAnyRole(JdbcMeetingService.ORGANISERS);
        String t = JdbcMeetingService.text(title, 500, "title");
        ElectionRules r = validate(rules);
        return tx.required(c -> {
            congress(c, congressId);
            long id = Sql.insert(c, "INSERT INTO MEETINGS.ELECTIONS (CONGRESS_ID, TITLE, SEATS, SURPLUS_PERCENT, "
                    + "FLOOR_SUPPORT_PERCENT, BASE, RULE_NUM, RULE_DEN, RULE_STRICT, BLANK_VALID, LIST_CLOSED) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?,FALSE)", congressId, t, r.seats(), r.surplusPercent(), r.floorSupportPercent(),
                    r.base(), r.electedRule().numerator(), r.electedRule().denominator(), r.electedRule().strict(),
                    r.blankBallotValid());
            audit.append(MeetingsSchema.MODULE, "election.create", Long.toString(id), t + ", " + r.seats() + " seats");
            return election(c, id);
        });
    }

    @Override
    public Optional<Election> find(long id) {
        Clearance clearance = user.clearance();
        return tx.required(c -> Sql.one(c, ELECTION + " E WHERE ID = ? AND EXISTS (SELECT 1 FROM MEETINGS.MEETINGS M "
                + "WHERE M.ID = E.CONGRESS_ID AND M.CLASSIFICATION <= ?)", rs -> election(c, rs), id, clearance.ordinal()));
    }

    @Override
    public Candidate addCandidate(long electionId, String fullName) {
        user.requireAnyRole(JdbcMeetingService.ORGANISERS);
        String name = JdbcMeetingService.text(fullName, 200, "fullName");
        return tx.required(c -> addCandidate(c, openList(c, electionId), name, false, 0));
    }

    @Override
    public Candidate nominateFromFloor(long electionId, String fullName, int supportingDelegates) {
        user.requireAnyRole(JdbcMeetingService.ORGANISERS);
        String name = JdbcMeetingService.text(fullName, 200, "fullName");
        return tx.required(c -> {
            Election e = openList(c, electionId);
            if (supportingDelegates < 0 || supportingDelegates > e.delegates()) {
                throw new InvalidInputException("supportingDelegates", "must be between 0 and the " + e.delegates()
                        + " delegates", supportingDelegates);
            }
            Rule needed = new Rule(e.rules().floorSupportPercent(), 100, true);
            if (!needed.met(supportingDelegates, e.delegates())) {
                throw new InvalidInputException("supportingDelegates", "a nomination from the floor needs the support of more "
                        + "than " + e.rules().floorSupportPercent() + "% of the " + e.delegates() + " delegates (at least "
                        + needed.smallest(e.delegates()) + ")", supportingDelegates);
            }
            return addCandidate(c, e, name, true, supportingDelegates);
        });
    }

    @Override
    public List<Candidate> candidates(long electionId) {
        return tx.required(c -> {
            election(c, electionId);
            return candidates(c, electionId);
        });
    }

    @Override
    public Election closeList(long electionId) {
        user.requireAnyRole(JdbcMeetingService.ORGANISERS);
        return tx.required(c -> {
            Election e = openList(c, electionId);
            int n = candidates(c, electionId).size();
            int seats = e.rules().seats();
            long most = seats + (long) seats * e.rules().surplusPercent() / 100;
            if (n < seats) {
                throw new ConflictException("candidates", n + " candidates for " + seats + " seats: the list needs at least as "
                        + "many names as seats");
            }
            if (n > most) {
                throw new ConflictException("candidates", n + " candidates for " + seats + " seats: the list may exceed the seats "
                        + "by at most " + e.rules().surplusPercent() + "% (" + most + " names)");
            }
            Sql.update(c, "UPDATE MEETINGS.ELECTIONS SET LIST_CLOSED = TRUE WHERE ID = ?", electionId);
            audit.append(MeetingsSchema.MODULE, "election.close-list", Long.toString(electionId), n + " candidates");
            return election(c, electionId);
        });
    }

    @Override
    public Optional<InvalidBallot> enterBallot(long electionId, int number, Set<Long> struckOut) {
        user.requireAnyRole(JdbcMeetingService.ORGANISERS);
        if (number < 1) {
            throw new InvalidInputException("number", "must be 1 or more", number);
        }
        Set<Long> struck = struckOut == null ? Set.of() : new TreeSet<>(struckOut);
        Instant now = clock.instant();
        return tx.required(c -> {
            Election e = election(c, electionId);
            if (!e.listClosed()) {
                throw new ConflictException("candidates", "close the candidate list before entering ballots");
            }
            if (Sql.one(c, "SELECT 1 FROM MEETINGS.BALLOTS WHERE ELECTION_ID = ? AND BALLOT_NO = ?", rs -> 1, electionId, number)
                    .isPresent()) {
                throw new ConflictException("number", "ballot " + number + " was already entered");
            }
            // a voided ballot keeps its number but not its place among the delegates' ballots
            int ballots = Sql.one(c, "SELECT COUNT(*) FROM MEETINGS.BALLOTS WHERE ELECTION_ID = ? AND VOIDED_AT IS NULL",
                    rs -> rs.getInt(1), electionId).orElse(0);
            if (ballots >= e.delegates()) {
                throw new ConflictException("number", "already " + ballots + " ballots for " + e.delegates() + " delegates");
            }
            Sql.update(c, "INSERT INTO MEETINGS.BALLOTS (ELECTION_ID, BALLOT_NO, STRUCK_OUT, ENTERED_BY, ENTERED_AT) "
                    + "VALUES (?,?,?,?,?)", electionId, number, struck.stream().map(String::valueOf)
                    .collect(Collectors.joining(",")), user.login(), now);
            Set<Long> ids = candidates(c, electionId).stream().map(Candidate::id).collect(Collectors.toSet());
            String why = BallotCounter.invalidity(e.rules(), ids, struck);
            return Optional.ofNullable(why == null ? null : new InvalidBallot(number, why));
        });
    }

    @Override
    public List<Ballot> ballots(long electionId) {
        user.requireAnyRole(JdbcMeetingService.ORGANISERS);
        return tx.required(c -> {
            election(c, electionId);
            return Sql.list(c, "SELECT B.BALLOT_NO, B.STRUCK_OUT, B.ENTERED_BY, B.ENTERED_AT, B.VOIDED_AT, B.VOID_REASON, "
                    + "(SELECT COUNT(*) FROM MEETINGS.BALLOT_HISTORY H WHERE H.ELECTION_ID = B.ELECTION_ID "
                    + "AND H.BALLOT_NO = B.BALLOT_NO) FROM MEETINGS.BALLOTS B WHERE B.ELECTION_ID = ? ORDER BY B.BALLOT_NO",
                    rs -> new Ballot(electionId, rs.getInt(1), MeetingRows.ids(rs.getString(2)), rs.getString(3),
                            Instant.ofEpochMilli(rs.getLong(4)), Sql.nullableLong(rs, "VOIDED_AT") != null, rs.getString(6),
                            rs.getInt(7)), electionId);
        });
    }

    @Override
    public Ballot voidBallot(long electionId, int number, String reason) {
        user.requireAnyRole(JdbcMeetingService.ORGANISERS);
        String why = JdbcMeetingService.text(reason, 1000, "reason");
        Instant now = clock.instant();
        tx.required(c -> {
            election(c, electionId);
            storedBallot(c, electionId, number);
            Sql.update(c, "UPDATE MEETINGS.BALLOTS SET VOIDED_BY = ?, VOIDED_AT = ?, VOID_REASON = ? WHERE ELECTION_ID = ? "
                    + "AND BALLOT_NO = ?", user.login(), now, why, electionId, number);
            audit.append(MeetingsSchema.MODULE, "ballot.void", electionId + "#" + number, why);
            return null;
        });
        return ballots(electionId).stream().filter(b -> b.number() == number).findFirst().orElseThrow();
    }

    @Override
    public Optional<InvalidBallot> replaceBallot(long electionId, int number, Set<Long> struckOut, String reason) {
        user.requireAnyRole(JdbcMeetingService.ORGANISERS);
        String why = JdbcMeetingService.text(reason, 1000, "reason");
        Set<Long> struck = struckOut == null ? Set.of() : new TreeSet<>(struckOut);
        String entry = struck.stream().map(String::valueOf).collect(Collectors.joining(","));
        Instant now = clock.instant();
        return tx.required(c -> {
            Election e = election(c, electionId);
            String[] before = storedBallot(c, electionId, number);
            if (before[0].equals(entry)) {
                throw new InvalidInputException("struckOut", "is what ballot " + number + " already holds", entry);
            }
            Sql.update(c, "INSERT INTO MEETINGS.BALLOT_HISTORY (ELECTION_ID, BALLOT_NO, STRUCK_OUT, ENTERED_BY, ENTERED_AT, "
                    + "REPLACED_BY, REPLACED_AT, REASON) VALUES (?,?,?,?,?,?,?,?)", electionId, number, before[0], before[1],
                    Long.parseLong(before[2]), user.login(), now, why);
            Sql.update(c, "UPDATE MEETINGS.BALLOTS SET STRUCK_OUT = ?, ENTERED_BY = ?, ENTERED_AT = ? WHERE ELECTION_ID = ? "
                    + "AND BALLOT_NO = ?", entry, user.login(), now, electionId, number);
            audit.append(MeetingsSchema.MODULE, "ballot.replace", electionId + "#" + number,
                    JdbcMeetingService.clip("[" + before[0] + "] -> [" + entry + "]: " + why));
            Set<Long> ids = candidates(c, electionId).stream().map(Candidate::id).collect(Collectors.toSet());
            String invalid = BallotCounter.invalidity(e.rules(), ids, struck);
            return Optional.ofNullable(invalid == null ? null : new InvalidBallot(number, invalid));
        });
    }

    @Override
    public CountResult count(long electionId) {
        user.requireAnyRole(JdbcMeetingService.ORGANISERS);
        return tx.required(c -> tally(c, electionId));
    }

    @Override
    public CountResult recordCount(long electionId) {
        user.requireAnyRole(JdbcMeetingService.ORGANISERS);
        CountResult result = tx.required(c -> {
            CountResult r = tally(c, electionId);
            audit.append(MeetingsSchema.MODULE, "election.count", Long.toString(electionId), r.valid() + " valid of "
                    + r.ballotsCast() + ", " + r.seatsFilled() + " elected, digest " + r.digest());
            return r;
        });
        events.post(MeetingEvents.COUNTED, Map.of(MeetingEvents.ELECTION_ID, electionId));
        return result;
    }

    private CountResult tally(Connection c, long electionId) throws SQLException {
        Election e = election(c, electionId);
        SortedMap<Integer, Set<Long>> ballots = new TreeMap<>();
        for (var row : Sql.list(c, "SELECT BALLOT_NO, STRUCK_OUT FROM MEETINGS.BALLOTS WHERE ELECTION_ID = ? "
                + "AND VOIDED_AT IS NULL", rs -> Map.entry(rs.getInt(1), rs.getString(2)), electionId)) {
            ballots.put(row.getKey(), new HashSet<>(MeetingRows.ids(row.getValue())));
        }
        return BallotCounter.count(electionId, e.rules(), candidates(c, electionId), e.delegates(), ballots);
    }

    @Override
    public byte[] resultsPdf(long electionId) {
        user.requireAnyRole(JdbcMeetingService.ORGANISERS);
        record Sheet(Meeting congress, Election election, CountResult result) {
        }
        Sheet sheet = tx.required(c -> {
            Election e = election(c, electionId);
            Meeting congress = congress(c, e.meetingId());
            printed(congress, "results.print", Long.toString(electionId));
            return new Sheet(congress, e, tally(c, electionId));
        });
        return Reports.results(sheet.congress(), unitName(sheet.congress()), sheet.election(), sheet.result(),
                ballots(electionId));
    }

    @Override
    public byte[] resultsCsv(long electionId) {
        CountResult r = count(electionId);
        StringBuilder b = new StringBuilder("\uFEFFHọ và tên,Số phiếu,Tỷ lệ (%),Trúng cử,Ghi chú\r\n");
        for (CandidateResult c : r.candidates()) {
            b.append('"').append(c.fullName().replace("\"", "\"\"")).append("\",").append(c.votes()).append(',')
                    .append(c.percent().toPlainString()).append(',').append(c.elected() ? "x" : "").append(',')
                    .append(c.tied() ? "bằng phiếu, bầu lại" : "").append("\r\n");
        }
        b.append("\"Phiếu thu vào: ").append(r.ballotsCast()).append("; hợp lệ: ").append(r.valid()).append("; không hợp lệ: ")
                .append(r.invalid().size()).append("; cơ sở tính: ").append(r.base()).append("\"\r\n");
        b.append("\"SHA-256: ").append(r.digest()).append("\"\r\n");
        return b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** A Congress's classified papers leave the platform on paper: who printed them is on record. */
    private void printed(Meeting congress, String action, String id) {
        if (congress.classification() != Clearance.UNCLASSIFIED) {
            audit.append(MeetingsSchema.MODULE, action, id, "classification=" + congress.classification().name());
        }
    }

    private String unitName(Meeting m) {
        return organisation.find(m.unitId()).map(u -> u.name()).orElse("");
    }

    /** Ballot {@code number} as {@code [struck, enteredBy, enteredAt]}, if it is stored and not voided. */
    private static String[] storedBallot(Connection c, long electionId, int number) throws SQLException {
        var row = Sql.one(c, "SELECT STRUCK_OUT, ENTERED_BY, ENTERED_AT, VOIDED_AT FROM MEETINGS.BALLOTS WHERE ELECTION_ID = ? "
                + "AND BALLOT_NO = ?", rs -> new String[] {rs.getString(1), rs.getString(2), Long.toString(rs.getLong(3)),
                Sql.nullableLong(rs, "VOIDED_AT") == null ? null : "void"}, electionId, number)
                .orElseThrow(() -> new EntityNotFoundException("ballot", number, "number"));
        if (row[3] != null) {
            throw new ConflictException("number", "ballot " + number + " is void");
        }
        return row;
    }

    private static List<Delegate> delegateList(Connection c, long congressId) throws SQLException {
        return Sql.list(c, "SELECT CREDENTIAL, FULL_NAME, CHECKED FROM MEETINGS.DELEGATES WHERE CONGRESS_ID = ? "
                + "ORDER BY CREDENTIAL", rs -> new Delegate(congressId, rs.getString(1), rs.getString(2), rs.getBoolean(3)),
                congressId);
    }

    private static ElectionRules validate(ElectionRules r) {
        if (r == null) {
            throw new InvalidInputException("rules", "are required");
        }
        if (r.seats() < 1 || r.seats() > 1000) {
            throw new InvalidInputException("seats", "must be between 1 and 1000", r.seats());
        }
        if (r.surplusPercent() < 0 || r.surplusPercent() > 100) {
            throw new InvalidInputException("surplusPercent", "must be between 0 and 100", r.surplusPercent());
        }
        if (r.floorSupportPercent() < 0 || r.floorSupportPercent() > 100) {
            throw new InvalidInputException("floorSupportPercent", "must be between 0 and 100", r.floorSupportPercent());
        }
        Rule elected = r.electedRule() == null ? Rule.MORE_THAN_HALF : r.electedRule();
        if (elected.met(0, 1)) {
            throw new InvalidInputException("electedRule", "must require some votes: " + elected + " elects with none",
                    elected.toString());
        }
        return new ElectionRules(r.seats(), r.surplusPercent(), r.floorSupportPercent(),
                r.base() == null ? BallotBase.ALL_DELEGATES : r.base(), elected, r.blankBallotValid());
    }

    /** The Congress, if the reader is cleared for it (one above their clearance is not found). */
    private Meeting congress(Connection c, long congressId) throws SQLException {
        Clearance clearance = user.clearance();
        Meeting m = MeetingRows.meeting(c, congressId).filter(x -> clearance.permits(x.classification()))
                .orElseThrow(() -> new EntityNotFoundException("meeting", congressId, "congressId"));
        if (m.type() != MeetingType.CONGRESS) {
            throw new InvalidInputException("congressId", "is not a Congress", congressId);
        }
        return m;
    }

    private static int delegates(Connection c, long congressId, boolean checkedOnly) throws SQLException {
        return Sql.one(c, "SELECT COUNT(*) FROM MEETINGS.DELEGATES WHERE CONGRESS_ID = ?" + (checkedOnly ? " AND CHECKED" : ""),
                rs -> rs.getInt(1), congressId).orElse(0);
    }

    private Election election(Connection c, long id) throws SQLException {
        int clearance = user.clearance().ordinal();
        return Sql.one(c, ELECTION + " E WHERE ID = ? AND EXISTS (SELECT 1 FROM MEETINGS.MEETINGS M WHERE M.ID = E.CONGRESS_ID "
                + "AND M.CLASSIFICATION <= ?)", rs -> election(c, rs), id, clearance)
                .orElseThrow(() -> new EntityNotFoundException("election", id, "electionId"));
    }

    private static Election election(Connection c, java.sql.ResultSet rs) throws SQLException {
        ElectionRules rules = new ElectionRules(rs.getInt("SEATS"), rs.getInt("SURPLUS_PERCENT"),
                rs.getInt("FLOOR_SUPPORT_PERCENT"), BallotBase.valueOf(rs.getString("BASE")),
                new Rule(rs.getInt("RULE_NUM"), rs.getInt("RULE_DEN"), rs.getBoolean("RULE_STRICT")), rs.getBoolean("BLANK_VALID"));
        long congress = rs.getLong("CONGRESS_ID");
        return new Election(rs.getLong("ID"), congress, rs.getString("TITLE"), rules, rs.getBoolean("LIST_CLOSED"),
                delegates(c, congress, false));
    }

    private Election openList(Connection c, long electionId) throws SQLException {
        Election e = election(c, electionId);
        if (e.listClosed()) {
            throw new ConflictException("candidates", "the candidate list of election " + electionId + " is closed");
        }
        return e;
    }

    private Candidate addCandidate(Connection c, Election e, String name, boolean floor, int support) throws SQLException {
        if (candidates(c, e.id()).stream().anyMatch(x -> x.fullName().equalsIgnoreCase(name))) {
            throw new ConflictException("fullName", name + " is already on the list");
        }
        long id = Sql.insert(c, "INSERT INTO MEETINGS.CANDIDATES (ELECTION_ID, FULL_NAME, FROM_FLOOR, SUPPORT) VALUES (?,?,?,?)",
                e.id(), name, floor, support);
        audit.append(MeetingsSchema.MODULE, floor ? "candidate.floor" : "candidate.add", Long.toString(e.id()), name
                + (floor ? " (" + support + " supporting)" : ""));
        return new Candidate(id, e.id(), name, floor, support);
    }

    private static List<Candidate> candidates(Connection c, long electionId) throws SQLException {
        return new ArrayList<>(Sql.list(c, "SELECT ID, ELECTION_ID, FULL_NAME, FROM_FLOOR, SUPPORT FROM MEETINGS.CANDIDATES "
                + "WHERE ELECTION_ID = ? ORDER BY ID", rs -> new Candidate(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getBoolean(4), rs.getInt(5)), electionId));
    }
}
