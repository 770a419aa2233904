package org.partyoffice.meetings.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyoffice.meetings.api.Candidate;
import org.partyoffice.meetings.api.CountResult;
import org.partyoffice.meetings.api.ElectionRules;
import org.partyoffice.meetings.api.Meeting;
import org.partyoffice.meetings.api.MeetingType;
import org.partyoffice.meetings.api.NewMeeting;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.InvalidInputException;

class ElectionServiceTest {

    @TempDir
    Path temp;
    Fixture f;
    Meeting congress;

    @BeforeEach
    void setUp() {
        f = new Fixture(temp);
        var start = LocalDate.of(2026, 10, 20).atTime(8, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
        congress = f.as(Fixture.CLERK, () -> f.meetings.schedule(new NewMeeting(f.province.id(), MeetingType.CONGRESS,
                "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI", null, null, start, start.plusSeconds(3 * 86_400), List.of())));
        for (int i = 1; i <= 10; i++) {
            int n = i;
            f.as(Fixture.CLERK, () -> {
                f.elections.addDelegate(congress.id(), "Đại biểu số " + n, "DB-" + n);
                return null;
            });
        }
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void aCongressElectsFromItsListWithFloorNominationsAndARecountGivesTheSameResult() {
        var election = f.as(Fixture.CLERK, () -> f.elections.create(congress.id(), "Bầu Ban Chấp hành khóa XVI",
                ElectionRules.standard(3)));
        assertEquals(10, election.delegates());
        assertEquals(1, (int) f.as(Fixture.CLERK, () -> f.elections.checkCredential(congress.id(), "DB-4")));
        assertEquals("credential", assertThrows(InvalidInputException.class,
                () -> f.as(Fixture.CLERK, () -> f.elections.checkCredential(congress.id(), "DB-99"))).field());

        Candidate an = f.as(Fixture.CLERK, () -> f.elections.addCandidate(election.id(), "Nguyễn Văn An"));
        Candidate binh = f.as(Fixture.CLERK, () -> f.elections.addCandidate(election.id(), "Trần Thị Bình"));
        Candidate cuong = f.as(Fixture.CLERK, () -> f.elections.addCandidate(election.id(), "Lê Văn Cường"));
        // A floor nomination needs more than 30% of 10 delegates: 3 is not enough, 4 is.
        InvalidInputException three = assertThrows(InvalidInputException.class, () -> f.as(Fixture.CLERK,
                () -> f.elections.nominateFromFloor(election.id(), "Phạm Thị Dung", 3)));
        assertEquals("supportingDelegates", three.field());
        assertTrue(three.getMessage().contains("at least 4"), three.getMessage());
        Candidate dung = f.as(Fixture.CLERK, () -> f.elections.nominateFromFloor(election.id(), "Phạm Thị Dung", 4));
        assertTrue(dung.fromFloor());
        // 3 seats + 30% = 3 (rounded down 3.9): four names exceed the surplus.
        assertEquals("candidates", assertThrows(ConflictException.class,
                () -> f.as(Fixture.CLERK, () -> f.elections.closeList(election.id()))).field());

        var five = f.as(Fixture.CLERK, () -> f.elections.create(congress.id(), "Bầu Ban Thường vụ", ElectionRules.standard(5)));
        for (String name : List.of("A", "B", "C", "D", "E", "F")) {
            f.as(Fixture.CLERK, () -> f.elections.addCandidate(five.id(), "Ứng viên " + name));
        }
        f.as(Fixture.CLERK, () -> f.elections.closeList(five.id()));
        assertEquals("candidates", assertThrows(ConflictException.class,
                () -> f.as(Fixture.CLERK, () -> f.elections.addCandidate(five.id(), "Muộn"))).field());
        List<Candidate> list = f.as(Fixture.CLERK, () -> f.elections.candidates(five.id()));
        long a = list.get(0).id();
        long b = list.get(1).id();
        long fId = list.get(5).id();
        // Ten ballots for 5 seats of 6: each strikes one name (keeps 5). 'F' is struck on 8, 'A' on 1, 'B' on 1.
        for (int n = 1; n <= 8; n++) {
            int ballot = n;
            assertTrue(f.as(Fixture.CLERK, () -> f.elections.enterBallot(five.id(), ballot, Set.of(fId))).isEmpty());
        }
        f.as(Fixture.CLERK, () -> f.elections.enterBallot(five.id(), 9, Set.of(a)));
        var invalid = f.as(Fixture.CLERK, () -> f.elections.enterBallot(five.id(), 10, Set.of()));
        assertTrue(invalid.orElseThrow().reason().contains("keeps 6 names"));
        assertEquals("number", assertThrows(ConflictException.class,
                () -> f.as(Fixture.CLERK, () -> f.elections.enterBallot(five.id(), 10, Set.of(b)))).field());

        CountResult r = f.as(Fixture.CLERK, () -> f.elections.count(five.id()));
        assertEquals(10, r.ballotsCast());
        assertEquals(9, r.valid());
        assertEquals(10, r.base(), "all delegates by default");
        assertEquals(5, r.seatsFilled());
        for (var x : r.candidates()) {
            assertEquals(x.candidateId() != fId, x.elected(), x.fullName());
        }
        CountResult recount = f.as(Fixture.CLERK, () -> f.elections.count(five.id()));
        assertEquals(r, recount);
        String csv = new String(f.as(Fixture.CLERK, () -> f.elections.resultsCsv(five.id())), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"Ứng viên A\",8,80.00,x,"), csv);
        assertTrue(csv.contains("\"Ứng viên F\",1,10.00,,"), csv);
        assertTrue(f.asAdmin(() -> f.audit.query(new org.partyoffice.platform.api.AuditQuery(null, "meetings", "election.count",
                null, null, null, 10))).size() >= 2, "every count is audited");
        assertEquals(List.of(an.id(), binh.id(), cuong.id(), dung.id()),
                f.elections.candidates(election.id()).stream().map(Candidate::id).toList());
    }
}
