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
import org.partyoffice.meetings.api.BallotBase;
import org.partyoffice.meetings.api.Candidate;
import org.partyoffice.meetings.api.CandidateResult;
import org.partyoffice.meetings.api.CountResult;
import org.partyoffice.meetings.api.Election;
import org.partyoffice.meetings.api.ElectionRules;
import org.partyoffice.meetings.api.ElectionService;
import org.partyoffice.meetings.api.InvalidBallot;
import org.partyoffice.meetings.api.MeetingEvents;
import org.partyoffice.meetings.api.MeetingType;
import org.partyoffice.meetings.api.Rule;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.Transactions;

/**
 * Congress delegates, elections, candidates and ballots on the {@code MEETINGS} tables; the
 * counting itself is {@link BallotCounter}'s. Ballots are kept, so a recount counts the same
 * ballots again and shows the same digest.
 */
@Component(service = ElectionService.class)
public final class JdbcElectionService implements ElectionService {

    private static final String ELECTION = "SELECT ID, CONGRESS_ID, TITLE, SEATS, SURPLUS_PERCENT, FLOOR_SUPPORT_PERCENT, BASE, "
            + "RULE_NUM, RULE_DEN, RULE_STRICT, BLANK_VALID, LIST_CLOSED FROM MEETINGS.ELECTIONS";

    private final Transactions tx;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final MeetingEventPublisher events;
    private final Clock clock;

    @Activate
    public JdbcElectionService(@Reference Transactions tx, @Reference CurrentUser user, @Reference AuditTrail audit,
                               @Reference MeetingEventPublisher events, @Reference MeetingsSchema schema) {
        this(tx, user, audit, events, Clock.systemUTC());
    }

    JdbcElectionService(Transactions tx, CurrentUser user, AuditTrail audit, MeetingEventPublisher events, Clock clock) {
        this.tx = tx;
        this.user = user;
        this.audit = audit;
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
        return tx.required(c -> Sql.one(c, ELECTION + " WHERE ID = ?", rs -> election(c, rs), id));
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
            int ballots = Sql.one(c, "SELECT COUNT(*) FROM MEETINGS.BALLOTS WHERE ELECTION_ID = ?", rs -> rs.getInt(1),
                    electionId).orElse(0);
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
    public CountResult count(long electionId) {
        user.requireAnyRole(JdbcMeetingService.ORGANISERS);
        CountResult result = tx.required(c -> {
            Election e = election(c, electionId);
            SortedMap<Integer, Set<Long>> ballots = new TreeMap<>();
            for (var row : Sql.list(c, "SELECT BALLOT_NO, STRUCK_OUT FROM MEETINGS.BALLOTS WHERE ELECTION_ID = ?",
                    rs -> Map.entry(rs.getInt(1), rs.getString(2)), electionId)) {
                Set<Long> struck = new HashSet<>(MeetingRows.ids(row.getValue()));
                ballots.put(row.getKey(), struck);
            }
            CountResult r = BallotCounter.count(electionId, e.rules(), candidates(c, electionId), e.delegates(), ballots);
            audit.append(MeetingsSchema.MODULE, "election.count", Long.toString(electionId), r.valid() + " valid of "
                    + r.ballotsCast() + ", " + r.seatsFilled() + " elected, digest " + r.digest());
            return r;
        });
        events.post(MeetingEvents.COUNTED, Map.of(MeetingEvents.ELECTION_ID, electionId));
        return result;
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
        return b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    // --- helpers ---------------------------------------------------------------------------------

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
        return new ElectionRules(r.seats(), r.surplusPercent(), r.floorSupportPercent(),
                r.base() == null ? BallotBase.ALL_DELEGATES : r.base(),
                r.electedRule() == null ? Rule.MORE_THAN_HALF : r.electedRule(), r.blankBallotValid());
    }

    private static void congress(Connection c, long congressId) throws SQLException {
        var type = Sql.one(c, "SELECT TYPE FROM MEETINGS.MEETINGS WHERE ID = ?", rs -> rs.getString(1), congressId)
                .orElseThrow(() -> new EntityNotFoundException("meeting", congressId, "congressId"));
        if (!MeetingType.CONGRESS.name().equals(type)) {
            throw new InvalidInputException("congressId", "is not a Congress", congressId);
        }
    }

    private static int delegates(Connection c, long congressId, boolean checkedOnly) throws SQLException {
        return Sql.one(c, "SELECT COUNT(*) FROM MEETINGS.DELEGATES WHERE CONGRESS_ID = ?" + (checkedOnly ? " AND CHECKED" : ""),
                rs -> rs.getInt(1), congressId).orElse(0);
    }

    private static Election election(Connection c, long id) throws SQLException {
        return Sql.one(c, ELECTION + " WHERE ID = ?", rs -> election(c, rs), id)
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

    private static Election openList(Connection c, long electionId) throws SQLException {
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
