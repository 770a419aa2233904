package org.partyoffice.meetings.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyoffice.finance.api.BudgetChange;
import org.partyoffice.finance.api.BudgetExecution;
import org.partyoffice.finance.api.BudgetLine;
import org.partyoffice.finance.api.BudgetRequest;
import org.partyoffice.finance.api.BudgetService;
import org.partyoffice.finance.api.BudgetStatus;
import org.partyoffice.finance.api.Expenditure;
import org.partyoffice.meetings.api.Body;
import org.partyoffice.meetings.api.BodyMember;
import org.partyoffice.meetings.api.CostEstimate;
import org.partyoffice.meetings.api.CostEstimateStatus;
import org.partyoffice.meetings.api.Meeting;
import org.partyoffice.meetings.api.MeetingType;
import org.partyoffice.meetings.api.MemberRole;
import org.partyoffice.meetings.api.NewMeeting;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;

/**
 * A meeting's cost estimate: kept without finance, sent when a (fake) {@code BudgetService} binds,
 * re-sent as an update of the same line (same reference) when it changes; refusals and failures
 * leave the estimate in place.
 */
class CostEstimateTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @TempDir
    Path temp;
    Fixture f;
    Body bch;
    Meeting congress;
    Meeting conference;

    @BeforeEach
    void setUp() {
        f = new Fixture(temp);
        List<BodyMember> members = new ArrayList<>();
        members.add(new BodyMember(Fixture.SIGNER, null, MemberRole.CHAIR));
        for (int i = 1; i <= 4; i++) {
            members.add(new BodyMember("uv" + i, null, MemberRole.MEMBER));
        }
        // the body belongs to the commune; its meeting is scheduled under the province's office
        bch = f.as(Fixture.CLERK, () -> f.meetings.createBody(f.commune.id(), "Ban Chấp hành Đảng bộ xã",
                MeetingType.EXECUTIVE_COMMITTEE_CONFERENCE, members, null, null));
        // 31 Dec 2026 at 23:00 UTC is already 1 Jan 2027 in Hà Nội: the fiscal year is the office's
        Instant newYear = Instant.parse("2026-12-31T23:00:00Z");
        congress = f.as(Fixture.CLERK, () -> f.meetings.schedule(new NewMeeting(f.province.id(), MeetingType.CONGRESS,
                "Đại hội đại biểu Đảng bộ tỉnh", null, null, newYear, newYear.plusSeconds(3 * 86_400), List.of())));
        Instant start = LocalDate.of(2026, 4, 6).atTime(8, 0).atZone(HANOI).toInstant();
        conference = f.as(Fixture.CLERK, () -> f.meetings.schedule(new NewMeeting(f.province.id(),
                MeetingType.EXECUTIVE_COMMITTEE_CONFERENCE, "Hội nghị Ban Chấp hành lần thứ 5", bch.id(), null, start,
                start.plusSeconds(4 * 3600), null)));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void anEstimateIsKeptAsPendingWithoutFinance() {
        CostEstimate e = f.as(Fixture.CLERK, () -> f.costs.setEstimate(congress.id(), 150_000_000L,
                "Hội trường, tài liệu, ăn nghỉ đại biểu"));
        assertEquals(CostEstimateStatus.PENDING, e.status());
        assertEquals(150_000_000L, e.amountVnd());
        assertEquals("Hội trường, tài liệu, ăn nghỉ đại biểu", e.note());
        assertNull(e.budgetLineId());
        assertEquals(Fixture.CLERK, e.updatedBy());
        assertEquals("meetings:" + congress.id(), e.reference());
        // the meeting carries it, in find and in the calendar
        Meeting m = f.as(Fixture.CLERK, () -> f.meetings.find(congress.id())).orElseThrow();
        assertEquals(e, m.costEstimate());
        assertNull(f.as(Fixture.CLERK, () -> f.meetings.find(conference.id())).orElseThrow().costEstimate());
        List<Meeting> calendar = f.as(Fixture.CLERK, () -> f.meetings.calendar(congress.start().minusSeconds(60),
                congress.end()));
        assertEquals(List.of(congress.id()), calendar.stream().map(Meeting::id).toList());
        assertEquals(150_000_000L, calendar.get(0).costEstimate().amountVnd());
        assertEquals(List.of(e), f.as(Fixture.CLERK, () -> f.costs.pending()));
        assertEquals(0, f.as(Fixture.CLERK, () -> f.costs.sendPending()), "nothing to send to without finance");
        assertTrue(f.as(Fixture.ADMIN, () -> f.audit.query(new org.partyoffice.platform.api.AuditQuery(null, "meetings",
                "cost.estimate", null, null, null, 50))).stream().anyMatch(a -> a.action().equals("cost.estimate") && a.detail().startsWith("150000000 VND")));
    }

    @Test
    void pendingEstimatesAreSentWhenFinanceBinds() {
        f.as(Fixture.CLERK, () -> f.costs.setEstimate(congress.id(), 150_000_000L, null));
        f.as(Fixture.CLERK, () -> f.costs.setEstimate(conference.id(), 45_000_000L, "Tài liệu hội nghị"));
        FakeBudgets finance = new FakeBudgets(f);
        f.costs.bindBudgets(finance);

        assertEquals(2, finance.requests.size());
        BudgetRequest c = finance.requests.get(0);
        assertEquals(new BudgetRequest(f.province.id(), 2027, "DAI_HOI", "Đại hội đại biểu Đảng bộ tỉnh", 150_000_000L,
                "meetings:" + congress.id()), c);
        BudgetRequest k = finance.requests.get(1);
        assertEquals(f.commune.id(), k.unitId(), "a body's meeting is budgeted in the body's unit");
        assertEquals(2026, k.year());
        assertEquals("HOI_NGHI", k.category());
        assertEquals(List.of(Fixture.CLERK, Fixture.CLERK), finance.askedBy, "requested as the clerk who set them");

        CostEstimate sent = f.as(Fixture.CLERK, () -> f.costs.estimate(congress.id())).orElseThrow();
        assertEquals(CostEstimateStatus.REQUESTED, sent.status());
        assertEquals(finance.lines.get("meetings:" + congress.id()).id(), sent.budgetLineId());
        assertEquals("DRAFT", sent.budgetStatus());
        assertEquals(f.clock.instant(), sent.sentAt());
        assertEquals(List.of(), f.as(Fixture.CLERK, () -> f.costs.pending()));
        // finance comes again (restarted): nothing is sent twice
        FakeBudgets again = new FakeBudgets(f);
        f.costs.bindBudgets(again);
        assertEquals(0, again.requests.size());
    }

    @Test
    void aChangedEstimateIsSentAgainWithTheSameReferenceAndUpdatesTheSameLine() {
        FakeBudgets finance = new FakeBudgets(f);
        f.costs.bindBudgets(finance);
        CostEstimate first = f.as(Fixture.CLERK, () -> f.costs.setEstimate(congress.id(), 150_000_000L, null));
        assertEquals(CostEstimateStatus.REQUESTED, first.status());
        CostEstimate second = f.as(Fixture.SECRETARY, () -> f.costs.setEstimate(congress.id(), 180_000_000L,
                "thêm 50 đại biểu"));
        assertEquals(2, finance.requests.size());
        assertEquals(finance.requests.get(0).reference(), finance.requests.get(1).reference());
        assertEquals(180_000_000L, finance.requests.get(1).amountVnd());
        assertEquals(Fixture.SECRETARY, finance.askedBy.get(1));
        assertEquals(first.budgetLineId(), second.budgetLineId(), "the same line, amended");
        assertEquals(1, finance.lines.size());
        assertEquals(180_000_000L, finance.lines.get("meetings:" + congress.id()).estimateVnd());
        assertEquals(CostEstimateStatus.REQUESTED, second.status());
        assertEquals("thêm 50 đại biểu", second.note());
    }

    @Test
    void aRefusalOrAFailureKeepsTheEstimateAndItIsSentLater() {
        FakeBudgets finance = new FakeBudgets(f);
        f.costs.bindBudgets(finance);
        f.as(Fixture.CLERK, () -> f.costs.setEstimate(congress.id(), 150_000_000L, null));
        finance.approveAll();
        CostEstimate refused = f.as(Fixture.CLERK, () -> f.costs.setEstimate(congress.id(), 200_000_000L, null));
        assertEquals(CostEstimateStatus.REFUSED, refused.status());
        assertEquals(200_000_000L, refused.amountVnd(), "meetings keeps the new amount");
        assertTrue(refused.problem().contains("already APPROVED"), refused.problem());

        finance.down = true;
        CostEstimate failed = f.as(Fixture.CLERK, () -> f.costs.setEstimate(conference.id(), 45_000_000L, null));
        assertEquals(CostEstimateStatus.PENDING, failed.status());
        assertTrue(failed.problem().contains("could not take it"), failed.problem());
        assertEquals(2, f.as(Fixture.CLERK, () -> f.costs.pending()).size());

        finance.down = false;
        assertEquals(1, f.as(Fixture.CLERK, () -> f.costs.sendPending()), "the failed one goes; the refused one is refused again");
        assertEquals(CostEstimateStatus.REQUESTED, f.as(Fixture.CLERK, () -> f.costs.estimate(conference.id())).orElseThrow()
                .status());
        assertEquals(CostEstimateStatus.REFUSED, f.as(Fixture.CLERK, () -> f.costs.estimate(congress.id())).orElseThrow()
                .status());
    }

    @Test
    void financeGoingAwayLeavesNewEstimatesPending() {
        FakeBudgets finance = new FakeBudgets(f);
        f.costs.bindBudgets(finance);
        f.costs.unbindBudgets(finance);
        CostEstimate e = f.as(Fixture.CLERK, () -> f.costs.setEstimate(congress.id(), 150_000_000L, null));
        assertEquals(CostEstimateStatus.PENDING, e.status());
        assertEquals(0, finance.requests.size());
    }

    @Test
    void badInputAndAccessAreRefusedNamingTheField() {
        InvalidInputException zero = assertThrows(InvalidInputException.class,
                () -> f.as(Fixture.CLERK, () -> f.costs.setEstimate(congress.id(), 0, null)));
        assertEquals("amountVnd", zero.field());
        assertEquals("amountVnd", assertThrows(InvalidInputException.class,
                () -> f.as(Fixture.CLERK, () -> f.costs.setEstimate(congress.id(), -5, null))).field());
        assertEquals("note", assertThrows(InvalidInputException.class,
                () -> f.as(Fixture.CLERK, () -> f.costs.setEstimate(congress.id(), 1, "x".repeat(1001)))).field());
        assertThrows(AccessDeniedException.class, () -> f.as(Fixture.VIEWER, () -> f.costs.setEstimate(congress.id(), 1, null)));
        assertThrows(EntityNotFoundException.class, () -> f.as(Fixture.CLERK, () -> f.costs.setEstimate(999_999, 1, null)));
        f.as(Fixture.CLERK, () -> f.meetings.cancel(conference.id(), "Hoãn vì bão"));
        assertEquals("status", assertThrows(ConflictException.class,
                () -> f.as(Fixture.CLERK, () -> f.costs.setEstimate(conference.id(), 1, null))).field());
        // a Tuyệt mật meeting's estimate does not exist for a reader without clearance
        Instant start = LocalDate.of(2026, 5, 4).atTime(8, 0).atZone(HANOI).toInstant();
        Meeting secret = f.as(Fixture.CLERK, () -> f.meetings.schedule(new NewMeeting(f.province.id(),
                MeetingType.WORKING_SESSION, "Làm việc về nhân sự", null, null, start, start.plusSeconds(3600), List.of(),
                Clearance.TUYET_MAT)));
        f.as(Fixture.CLERK, () -> f.costs.setEstimate(secret.id(), 5_000_000L, "Tuyệt mật"));
        assertThrows(EntityNotFoundException.class, () -> f.as(Fixture.VIEWER, () -> f.costs.estimate(secret.id())));
        assertThrows(EntityNotFoundException.class, () -> f.as(Fixture.SECRETARY, () -> f.costs.estimate(secret.id())));
        assertTrue(f.as(Fixture.CLERK, () -> f.costs.estimate(secret.id())).isPresent());
        assertTrue(f.as(Fixture.SECRETARY, () -> f.costs.pending()).isEmpty(), "Tối mật does not list a Tuyệt mật one");
    }

    /** Finance as seen through its api: one line per reference, amended while a draft, refused once approved. */
    static final class FakeBudgets implements BudgetService {
        final Fixture f;
        final List<BudgetRequest> requests = new ArrayList<>();
        final List<String> askedBy = new ArrayList<>();
        final Map<String, BudgetLine> lines = new HashMap<>();
        volatile boolean down;
        private long nextId = 100;

        FakeBudgets(Fixture f) {
            this.f = f;
        }

        void approveAll() {
            lines.replaceAll((r, l) -> new BudgetLine(l.id(), l.unitId(), l.originUnitId(), l.year(), l.category(), l.title(),
                    l.account(), l.estimateVnd(), l.allocatedVnd(), BudgetStatus.APPROVED, l.reference(), l.createdBy(),
                    l.createdAt()));
        }

        @Override
        public synchronized BudgetLine request(BudgetRequest r) {
            if (down) {
                throw new IllegalStateException("the finance database is unreachable");
            }
            requests.add(r);
            askedBy.add(f.user.login());
            BudgetLine old = lines.get(r.reference());
            if (old != null && old.status() != BudgetStatus.DRAFT && old.estimateVnd() != r.amountVnd()) {
                throw new ConflictException("reference", "budget line " + old.id() + " for " + r.reference() + " is already "
                        + old.status() + " at " + old.estimateVnd() + " VND: amend it in the finance module");
            }
            BudgetLine l = new BudgetLine(old == null ? nextId++ : old.id(), r.unitId(), r.unitId(), r.year(), r.category(),
                    r.title(), "611", r.amountVnd(), 0, old == null ? BudgetStatus.DRAFT : old.status(), r.reference(),
                    f.user.login(), Instant.EPOCH);
            lines.put(r.reference(), l);
            return l;
        }

        @Override
        public Optional<BudgetLine> byReference(String reference) {
            return Optional.ofNullable(lines.get(reference));
        }

        @Override
        public BudgetLine estimate(long unitId, int year, String category, String title, long estimateVnd, String account) {
            throw new UnsupportedOperationException();
        }

        @Override
        public BudgetLine approve(long lineId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public BudgetLine allocate(long lineId, long amountVnd, String note) {
            throw new UnsupportedOperationException();
        }

        @Override
        public BudgetLine amend(long lineId, long newEstimateVnd, String reason) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<BudgetLine> line(long lineId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<BudgetLine> lines(long unitId, int year, boolean rollUp) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<BudgetChange> history(long lineId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Expenditure requestExpenditure(long lineId, String title, long amountVnd, String reference) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Expenditure approveExpenditure(long expenditureId, String note) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Expenditure rejectExpenditure(long expenditureId, String reason) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Expenditure pay(long expenditureId, LocalDate date) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Expenditure> expenditure(long expenditureId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Expenditure> expenditures(long lineId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Expenditure> expendituresByReference(String reference) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<BudgetExecution> execution(long unitId, int year, boolean rollUp) {
            throw new UnsupportedOperationException();
        }
    }
}
