package org.partyoffice.meetings.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyoffice.meetings.api.Ballot;
import org.partyoffice.meetings.api.BallotBase;
import org.partyoffice.meetings.api.Candidate;
import org.partyoffice.meetings.api.CountResult;
import org.partyoffice.meetings.api.Delegate;
import org.partyoffice.meetings.api.Election;
import org.partyoffice.meetings.api.ElectionRules;
import org.partyoffice.meetings.api.Meeting;
import org.partyoffice.meetings.api.MeetingEvents;
import org.partyoffice.meetings.api.MeetingType;
import org.partyoffice.meetings.api.NewMeeting;
import org.partyoffice.meetings.api.Rule;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.AuditEntry;
import org.partyoffice.platform.api.AuditQuery;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.EntityNotFoundException;
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

    private List<AuditEntry> counts() {
        return audited("election.count");
    }

    private List<AuditEntry> audited(String action) {
        return f.asAdmin(() -> f.audit.query(new AuditQuery(null, "meetings", action, null, null, null, 50)));
    }

    /** An election of 2 seats among 3 names with its list closed. */
    private Election closedElection(String title) {
        Election e = f.as(Fixture.CLERK, () -> f.elections.create(congress.id(), title, new ElectionRules(2, 50, 30,
                BallotBase.ALL_DELEGATES, Rule.MORE_THAN_HALF, true)));
        for (String name : List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường")) {
            f.as(Fixture.CLERK, () -> f.elections.addCandidate(e.id(), name));
        }
        return f.as(Fixture.CLERK, () -> f.elections.closeList(e.id()));
    }

    /** The PDF's text; the file is kept under target/reports/ to be looked at. */
    private static String text(String name, byte[] pdf) throws Exception {
        assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        java.nio.file.Files.createDirectories(Path.of("target", "reports"));
        java.nio.file.Files.write(Path.of("target", "reports", name + ".pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // a table cell may wrap: compare the words, not the line breaks
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aVoidedBallotNoLongerCountsACorrectedOneKeepsItsHistoryAndBothAreAuditedWithTheirReason() {
        Election e = closedElection("Bầu Ủy ban Kiểm tra");
        List<Candidate> list = f.elections.candidates(e.id());
        long an = list.get(0).id();
        long binh = list.get(1).id();
        long cuong = list.get(2).id();
        // four ballots for 2 seats of 3: 1-3 strike Cường, 4 strikes Bình
        for (int n = 1; n <= 3; n++) {
            int ballot = n;
            f.as(Fixture.CLERK, () -> f.elections.enterBallot(e.id(), ballot, Set.of(cuong)));
        }
        f.as(Fixture.CLERK, () -> f.elections.enterBallot(e.id(), 4, Set.of(binh)));
        CountResult before = f.as(Fixture.CLERK, () -> f.elections.count(e.id()));
        assertEquals(4, before.ballotsCast());

        assertEquals("reason", assertThrows(InvalidInputException.class,
                () -> f.as(Fixture.CLERK, () -> f.elections.voidBallot(e.id(), 4, "  "))).field(), "a reason is required");
        assertThrows(AccessDeniedException.class, () -> f.as(Fixture.VIEWER, () -> f.elections.voidBallot(e.id(), 4, "x")));
        Ballot voided = f.as(Fixture.CLERK, () -> f.elections.voidBallot(e.id(), 4, "Phiếu không đóng dấu của Ban kiểm phiếu"));
        assertTrue(voided.voided());
        assertEquals("Phiếu không đóng dấu của Ban kiểm phiếu", voided.voidReason());
        CountResult after = f.as(Fixture.CLERK, () -> f.elections.count(e.id()));
        assertEquals(3, after.ballotsCast(), "a voided ballot is not cast");
        assertEquals(3, after.valid());
        assertEquals(3, votes(after, binh), "ballot 4 struck Bình; voided, it no longer does");
        assertEquals(after, f.as(Fixture.CLERK, () -> f.elections.count(e.id())), "the recount is the same");
        assertFalse(after.digest().equals(before.digest()), "the digest covers the ballots counted");
        assertEquals("number", assertThrows(ConflictException.class,
                () -> f.as(Fixture.CLERK, () -> f.elections.voidBallot(e.id(), 4, "lần nữa"))).field());
        assertEquals("number", assertThrows(ConflictException.class,
                () -> f.as(Fixture.CLERK, () -> f.elections.enterBallot(e.id(), 4, Set.of()))).field(),
                "a voided ballot's number is not entered again");
        assertEquals("number", assertThrows(ConflictException.class, () -> f.as(Fixture.CLERK,
                () -> f.elections.replaceBallot(e.id(), 4, Set.of(an), "sửa"))).field());
        assertEquals("number", assertThrows(EntityNotFoundException.class,
                () -> f.as(Fixture.CLERK, () -> f.elections.voidBallot(e.id(), 99, "không có"))).field());

        // ballot 3 was mistyped: it struck Bình, not Cường
        assertEquals("reason", assertThrows(InvalidInputException.class,
                () -> f.as(Fixture.CLERK, () -> f.elections.replaceBallot(e.id(), 3, Set.of(binh), null))).field());
        assertEquals("struckOut", assertThrows(InvalidInputException.class,
                () -> f.as(Fixture.CLERK, () -> f.elections.replaceBallot(e.id(), 3, Set.of(cuong), "giống"))).field());
        assertTrue(f.as(Fixture.CLERK, () -> f.elections.replaceBallot(e.id(), 3, Set.of(binh), "Nhập nhầm ô gạch tên"))
                .isEmpty());
        CountResult corrected = f.as(Fixture.CLERK, () -> f.elections.count(e.id()));
        assertEquals(2, votes(corrected, binh));
        assertEquals(1, votes(corrected, cuong));
        assertEquals(3, votes(corrected, an));
        var invalid = f.as(Fixture.CLERK, () -> f.elections.replaceBallot(e.id(), 2, Set.of(), "Phiếu giữ cả ba tên"));
        assertTrue(invalid.orElseThrow().reason().contains("keeps 3 names"));
        assertEquals(2, f.as(Fixture.CLERK, () -> f.elections.count(e.id())).valid());

        List<Ballot> ballots = f.as(Fixture.CLERK, () -> f.elections.ballots(e.id()));
        assertEquals(List.of(1, 2, 3, 4), ballots.stream().map(Ballot::number).toList(), "voided ones are listed too");
        assertEquals(List.of(binh), ballots.get(2).struckOut());
        assertEquals(1, ballots.get(2).replaced());
        assertEquals(0, ballots.get(0).replaced());
        List<AuditEntry> voids = audited("ballot.void");
        assertEquals(1, voids.size());
        assertEquals(e.id() + "#4", voids.get(0).objectId());
        assertEquals("Phiếu không đóng dấu của Ban kiểm phiếu", voids.get(0).detail());
        List<AuditEntry> replaced = audited("ballot.replace");
        assertEquals(2, replaced.size());
        assertTrue(replaced.stream().anyMatch(a -> a.detail().equals("[" + cuong + "] -> [" + binh + "]: Nhập nhầm ô gạch tên")),
                replaced.toString());
    }

    private static int votes(CountResult r, long candidate) {
        return r.candidates().stream().filter(c -> c.candidateId() == candidate).findFirst().orElseThrow().votes();
    }

    @Test
    void aCongressListsItsElectionsAndDelegatesAndPrintsThemWithVietnameseText() throws Exception {
        assumeTrue(ReportPdf.fontAvailable(), "needs a TrueType font with Vietnamese letters (fonts-dejavu-core)");
        Election first = closedElection("Bầu Ban Chấp hành khóa XVI");
        Election second = f.as(Fixture.CLERK, () -> f.elections.create(congress.id(), "Bầu đoàn đại biểu dự Đại hội XIV",
                ElectionRules.standard(1)));
        assertEquals(List.of(first.id(), second.id()),
                f.elections.elections(congress.id()).stream().map(Election::id).toList());
        f.as(Fixture.CLERK, () -> f.elections.checkCredential(congress.id(), "DB-2"));
        List<Delegate> delegates = f.as(Fixture.CLERK, () -> f.elections.delegates(congress.id()));
        assertEquals(10, delegates.size());
        Delegate two = delegates.stream().filter(d -> d.credential().equals("DB-2")).findFirst().orElseThrow();
        assertEquals("Đại biểu số 2", two.fullName());
        assertTrue(two.checked());
        assertEquals(1, delegates.stream().filter(Delegate::checked).count());
        assertThrows(AccessDeniedException.class, () -> f.as(Fixture.VIEWER, () -> f.elections.delegates(congress.id())));

        String list = text("delegates", f.as(Fixture.CLERK, () -> f.elections.delegatesPdf(congress.id())));
        assertTrue(list.contains("DANH SÁCH ĐẠI BIỂU"), list);
        assertTrue(list.contains("Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI"), list);
        assertTrue(list.contains("Đại biểu số 10"), list);
        assertTrue(list.contains("TỈNH ỦY LÀO CAI"), list);
        assertTrue(list.contains("đã kiểm tra tư cách: 1"), list);

        List<Candidate> names = f.elections.candidates(first.id());
        f.as(Fixture.CLERK, () -> f.elections.enterBallot(first.id(), 1, Set.of(names.get(2).id())));
        f.as(Fixture.CLERK, () -> f.elections.enterBallot(first.id(), 2, Set.of()));
        f.as(Fixture.CLERK, () -> f.elections.enterBallot(first.id(), 3, Set.of(names.get(2).id())));
        f.as(Fixture.CLERK, () -> f.elections.voidBallot(first.id(), 3, "Phiếu nhập trùng"));
        CountResult tally = f.as(Fixture.CLERK, () -> f.elections.count(first.id()));
        String results = text("results", f.as(Fixture.CLERK, () -> f.elections.resultsPdf(first.id())));
        assertTrue(results.contains("KẾT QUẢ KIỂM PHIẾU"), results);
        assertTrue(results.contains("Bầu Ban Chấp hành khóa XVI"), results);
        assertTrue(results.contains("Nguyễn Văn An"), results);
        assertTrue(results.contains("Trần Thị Bình"), results);
        assertTrue(results.contains("Phiếu số 2: keeps 3 names"), results);
        assertTrue(results.contains("Phiếu số 3: Phiếu nhập trùng"), results);
        assertTrue(results.contains("thu vào: 2; hợp lệ: 1; không hợp lệ: 1"), results);
        assertTrue(results.replaceAll("\\s", "").contains(tally.digest()), results);
        assertTrue(counts().isEmpty(), "printing is not the official count");

        byte[] csv = f.as(Fixture.CLERK, () -> f.elections.resultsCsv(first.id()));
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(csv[0], csv[1], csv[2]), "UTF-8 with a BOM");
        assertTrue(new String(csv, StandardCharsets.UTF_8).contains("\"Nguyễn Văn An\",1,10.00,,"));

        assertEquals("congressId", assertThrows(EntityNotFoundException.class,
                () -> f.as(Fixture.CLERK, () -> f.elections.delegates(987_654L))).field());
    }

    @Test
    void aCongressClassifiedAboveTheReadersClearanceAndItsElectionsAreNotFound() {
        var start = LocalDate.of(2026, 11, 2).atTime(8, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
        Meeting secret = f.as(Fixture.CLERK, () -> f.meetings.schedule(new NewMeeting(f.province.id(), MeetingType.CONGRESS,
                "Đại hội Tuyệt mật", null, null, start, start.plusSeconds(86_400), List.of(), Clearance.TUYET_MAT)));
        f.as(Fixture.CLERK, () -> {
            f.elections.addDelegate(secret.id(), "Đại biểu Mật", "M-1");
            return null;
        });
        Election e = f.as(Fixture.CLERK, () -> f.elections.create(secret.id(), "Bầu kín", ElectionRules.standard(1)));
        assertTrue(f.as(Fixture.CLERK, () -> f.elections.find(e.id())).isPresent());
        // the secretary (Tối mật) is one step below Tuyệt mật
        assertTrue(f.as(Fixture.SECRETARY, () -> f.elections.find(e.id())).isEmpty());
        assertEquals("congressId", assertThrows(EntityNotFoundException.class,
                () -> f.as(Fixture.SECRETARY, () -> f.elections.elections(secret.id()))).field());
        assertEquals("congressId", assertThrows(EntityNotFoundException.class,
                () -> f.as(Fixture.SECRETARY, () -> f.elections.delegates(secret.id()))).field());
        assertEquals("electionId", assertThrows(EntityNotFoundException.class,
                () -> f.as(Fixture.SECRETARY, () -> f.elections.count(e.id()))).field());
        assertEquals("electionId", assertThrows(EntityNotFoundException.class,
                () -> f.as(Fixture.SECRETARY, () -> f.elections.addCandidate(e.id(), "Người lạ"))).field());
        assertEquals("electionId", assertThrows(EntityNotFoundException.class,
                () -> f.as(Fixture.SECRETARY, () -> f.elections.candidates(e.id()))).field());
        assertEquals(1, f.as(Fixture.CLERK, () -> f.elections.delegates(secret.id())).size());
    }

    @Test
    void anElectedRuleThatNeedsNoVotesIsRefused() {
        InvalidInputException none = assertThrows(InvalidInputException.class, () -> f.as(Fixture.CLERK,
                () -> f.elections.create(congress.id(), "Bầu thử", new ElectionRules(1, 30, 30, BallotBase.VALID_BALLOTS,
                        new Rule(0, 2, false), true))));
        assertEquals("electedRule", none.field());
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
        assertTrue(counts().isEmpty(), "reading the tally (twice, and for the CSV) writes nothing to the audit trail");
        assertFalse(f.posted.topics.contains(MeetingEvents.COUNTED));
        CountResult official = f.as(Fixture.CLERK, () -> f.elections.recordCount(five.id()));
        assertEquals(r, official, "the official count is the tally");
        List<AuditEntry> audited = counts();
        assertEquals(1, audited.size());
        assertEquals(Long.toString(five.id()), audited.get(0).objectId());
        assertTrue(audited.get(0).detail().contains("digest " + r.digest()), audited.get(0).detail());
        assertTrue(f.posted.topics.contains(MeetingEvents.COUNTED));
        assertEquals(List.of(an.id(), binh.id(), cuong.id(), dung.id()),
                f.elections.candidates(election.id()).stream().map(Candidate::id).toList());
    }
}
