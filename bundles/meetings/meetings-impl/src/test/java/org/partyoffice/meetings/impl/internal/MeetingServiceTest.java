package org.partyoffice.meetings.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyoffice.meetings.api.AgendaItem;
import org.partyoffice.meetings.api.Body;
import org.partyoffice.meetings.api.BodyMember;
import org.partyoffice.meetings.api.Decision;
import org.partyoffice.meetings.api.Meeting;
import org.partyoffice.meetings.api.MeetingEvents;
import org.partyoffice.meetings.api.MeetingStatus;
import org.partyoffice.meetings.api.MeetingType;
import org.partyoffice.meetings.api.MemberRole;
import org.partyoffice.meetings.api.NewMeeting;
import org.partyoffice.meetings.api.Quorum;
import org.partyoffice.meetings.api.Reply;
import org.partyoffice.meetings.api.Room;
import org.partyoffice.meetings.api.Rule;
import org.partyoffice.meetings.api.VoteMethod;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.InvalidInputException;

class MeetingServiceTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @TempDir
    Path temp;
    Fixture f;
    Room hall;
    Body bch;

    @BeforeEach
    void setUp() {
        f = new Fixture(temp);
        hall = f.as(Fixture.CLERK, () -> f.meetings.saveRoom("Hội trường Tỉnh ủy", 300, "Tầng 2, Trụ sở Tỉnh ủy"));
        List<BodyMember> members = new ArrayList<>();
        members.add(new BodyMember(Fixture.SIGNER, null, MemberRole.CHAIR));
        for (int i = 1; i <= 8; i++) {
            members.add(new BodyMember("uv" + i, null, MemberRole.MEMBER));
        }
        // Nine members: a quorum is at least 2/3 = 6; a decision needs more than half of all nine = 5.
        bch = f.as(Fixture.CLERK, () -> f.meetings.createBody(f.province.id(), "Ban Chấp hành Đảng bộ tỉnh",
                MeetingType.EXECUTIVE_COMMITTEE_CONFERENCE, members, null, null));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private Instant at(int day, int hour) {
        return LocalDate.of(2026, 3, day).atTime(hour, 0).atZone(HANOI).toInstant();
    }

    private Meeting conference(String title, int day, int from, int to) {
        return f.as(Fixture.CLERK, () -> f.meetings.schedule(new NewMeeting(f.province.id(),
                MeetingType.EXECUTIVE_COMMITTEE_CONFERENCE, title, bch.id(), hall.id(), at(day, from), at(day, to), null)));
    }

    @Test
    void aRoomOrAMemberBookedTwiceIsRefusedNamingTheOtherMeeting() {
        Meeting first = conference("Hội nghị Ban Chấp hành lần thứ 3", 10, 8, 11);
        assertEquals(9, first.required().size(), "the body's members are required");
        assertEquals(MeetingEvents.SCHEDULED, f.posted.topics.get(0));

        ConflictException room = assertThrows(ConflictException.class, () -> f.as(Fixture.CLERK,
                () -> f.meetings.schedule(new NewMeeting(f.province.id(), MeetingType.WORKING_SESSION, "Làm việc với Sở",
                        null, hall.id(), at(10, 10), at(10, 12), List.of(Fixture.CLERK)))));
        assertEquals("roomId", room.field());
        assertTrue(room.getMessage().contains("meeting " + first.id()) && room.getMessage().contains("lần thứ 3"),
                room.getMessage());

        ConflictException member = assertThrows(ConflictException.class, () -> f.as(Fixture.CLERK,
                () -> f.meetings.schedule(new NewMeeting(f.province.id(), MeetingType.WORKING_SESSION, "Làm việc với xã",
                        null, null, at(10, 9), at(10, 10), List.of("uv3")))));
        assertEquals("required", member.field());
        assertTrue(member.getMessage().startsWith("uv3 is required at meeting " + first.id()), member.getMessage());

        // Back to back is fine; after cancelling, the slot is free.
        f.as(Fixture.CLERK, () -> f.meetings.schedule(new NewMeeting(f.province.id(), MeetingType.WORKING_SESSION,
                "Làm việc buổi chiều", null, hall.id(), at(10, 11), at(10, 12), List.of("uv3"))));
        f.as(Fixture.CLERK, () -> f.meetings.cancel(first.id(), "Hoãn theo chỉ đạo"));
        f.as(Fixture.CLERK, () -> f.meetings.schedule(new NewMeeting(f.province.id(), MeetingType.WORKING_SESSION,
                "Làm việc buổi sáng", null, hall.id(), at(10, 8), at(10, 11), List.of("uv3"))));

        assertEquals("end", assertThrows(InvalidInputException.class, () -> f.as(Fixture.CLERK,
                () -> f.meetings.schedule(new NewMeeting(f.province.id(), MeetingType.WORKING_SESSION, "Sai giờ", null, null,
                        at(11, 10), at(11, 9), List.of()))) ).field());
        Room small = f.as(Fixture.CLERK, () -> f.meetings.saveRoom("Phòng họp nhỏ", 4, null));
        assertEquals("roomId", assertThrows(InvalidInputException.class, () -> f.as(Fixture.CLERK,
                () -> f.meetings.schedule(new NewMeeting(f.province.id(), MeetingType.EXECUTIVE_COMMITTEE_CONFERENCE, "Quá đông",
                        bch.id(), small.id(), at(12, 8), at(12, 9), null)))).field());
        assertThrows(AccessDeniedException.class, () -> f.as(Fixture.VIEWER, () -> f.meetings.saveRoom("Phòng X", 10, null)));
    }

    @Test
    void quorumDecisionsMinutesAndTheCalendar() {
        Meeting m = conference("Hội nghị Ban Chấp hành lần thứ 4", 16, 8, 17);
        AgendaItem item = f.as(Fixture.CLERK, () -> f.meetings.addAgendaItem(m.id(), "Thông qua Nghị quyết về chuyển đổi số",
                "Trưởng ban Tuyên giáo", 45, null));
        assertEquals(1, item.position());
        assertEquals("documentIds", assertThrows(ConflictException.class, () -> f.as(Fixture.CLERK,
                () -> f.meetings.addAgendaItem(m.id(), "Tài liệu", null, 10, List.of(1L)))).field(),
                "documents are not installed in this test");

        f.as("uv8", () -> f.meetings.reply(m.id(), Reply.ABSENT, "Đi công tác"));
        assertEquals("reason", assertThrows(InvalidInputException.class,
                () -> f.as("uv7", () -> f.meetings.reply(m.id(), Reply.ABSENT, " "))).field());

        for (String login : List.of(Fixture.SIGNER, "uv1", "uv2", "uv3", "uv4")) {
            f.as(Fixture.CLERK, () -> f.meetings.checkIn(m.id(), login));
        }
        Quorum five = f.meetings.quorum(m.id());
        assertEquals(9, five.members());
        assertEquals(5, five.present());
        assertEquals(6, five.required());
        assertFalse(five.reached());
        assertEquals("quorum", assertThrows(ConflictException.class, () -> f.as(Fixture.CLERK,
                () -> f.meetings.decide(item.id(), VoteMethod.SHOW_OF_HANDS, 5, 0, 0))).field());
        Quorum six = f.as("uv5", () -> f.meetings.checkIn(m.id(), null));
        assertTrue(six.reached());
        assertEquals(MeetingStatus.IN_PROGRESS, f.meetings.find(m.id()).orElseThrow().status());

        assertEquals("inFavour", assertThrows(InvalidInputException.class, () -> f.as(Fixture.CLERK,
                () -> f.meetings.decide(item.id(), VoteMethod.SHOW_OF_HANDS, 6, 1, 0))).field(), "more votes than present");
        Decision fourOfNine = f.as(Fixture.CLERK, () -> f.meetings.decide(item.id(), VoteMethod.SHOW_OF_HANDS, 4, 1, 1));
        assertFalse(fourOfNine.adopted(), "4 of 9 members is not more than half of all members");
        AgendaItem second = f.as(Fixture.CLERK, () -> f.meetings.addAgendaItem(m.id(), "Kế hoạch năm 2027", null, 30, null));
        assertTrue(f.as(Fixture.CLERK, () -> f.meetings.decide(second.id(), VoteMethod.SECRET_BALLOT, 5, 1, 0)).adopted());

        f.as(Fixture.SECRETARY, () -> f.meetings.saveMinutes(m.id(), "Biên bản Hội nghị: thông qua Kế hoạch năm 2027."));
        assertThrows(AccessDeniedException.class, () -> f.as(Fixture.SECRETARY, () -> f.meetings.approveMinutes(m.id())),
                "only the chair approves");
        assertTrue(f.as(Fixture.SIGNER, () -> f.meetings.approveMinutes(m.id())).approved());
        assertEquals(MeetingStatus.CLOSED, f.meetings.find(m.id()).orElseThrow().status());
        assertEquals("status", assertThrows(ConflictException.class, () -> f.as(Fixture.CLERK,
                () -> f.meetings.addAgendaItem(m.id(), "muộn", null, 5, null))).field());
        assertEquals("documents", assertThrows(ConflictException.class, () -> f.as(Fixture.CLERK,
                () -> f.meetings.draftConclusions(m.id(), "KL"))).field());

        Instant weekStart = at(16, 0);
        List<Meeting> week = f.meetings.calendar(weekStart, weekStart.plus(Duration.ofDays(7)));
        assertEquals(List.of(m.id()), week.stream().map(Meeting::id).toList());
        String ics = new String(f.meetings.icalendar(weekStart, weekStart.plus(Duration.ofDays(7))), StandardCharsets.UTF_8);
        assertTrue(ics.startsWith("BEGIN:VCALENDAR"), ics);
        assertTrue(ics.contains("SUMMARY:Hội nghị Ban Chấp hành lần thứ 4"), ics);
        assertTrue(ics.contains("LOCATION:Hội trường Tỉnh ủy"), ics);
        assertTrue(ics.contains("UID:meeting-" + m.id() + "@partyoffice"), ics);
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
    void theInvitationPrintsAsPdfWithItsAgendaAndTheRepliesInVietnamese() throws Exception {
        assumeTrue(ReportPdf.fontAvailable(), "needs a TrueType font with Vietnamese letters (fonts-dejavu-core)");
        Meeting m = conference("Hội nghị Ban Chấp hành lần thứ 4", 16, 8, 17);
        f.as(Fixture.CLERK, () -> f.meetings.addAgendaItem(m.id(), "Thông qua Nghị quyết về chuyển đổi số",
                "Trưởng ban Tuyên giáo", 45, null));
        f.as("uv8", () -> f.meetings.reply(m.id(), Reply.ABSENT, "Đi công tác Hà Giang"));
        f.as("uv1", () -> f.meetings.reply(m.id(), Reply.ATTEND, null));
        f.as(Fixture.CLERK, () -> f.meetings.checkIn(m.id(), "uv1"));
        String pdf = text("invitation", f.as("uv2", () -> f.meetings.invitationsPdf(m.id())));
        assertTrue(pdf.contains("GIẤY MỜI"), pdf);
        assertTrue(pdf.contains("Hội nghị Ban Chấp hành lần thứ 4"), pdf);
        assertTrue(pdf.contains("TỈNH ỦY LÀO CAI"), pdf);
        assertTrue(pdf.contains("Hội trường Tỉnh ủy, Tầng 2, Trụ sở Tỉnh ủy"), pdf);
        assertTrue(pdf.contains("từ 08:00 ngày 16/03/2026 đến 17:00 ngày 16/03/2026"), pdf);
        assertTrue(pdf.contains("1. Thông qua Nghị quyết về chuyển đổi số — Trưởng ban Tuyên giáo (45 phút)"), pdf);
        assertTrue(pdf.contains("Nguyễn Văn Lãnh Đạo"), pdf);
        assertTrue(pdf.contains("Ủy viên số 8"), pdf);
        assertTrue(pdf.contains("Đi công tác Hà Giang"), pdf);
        assertTrue(pdf.contains("Thành phần được mời (9 người)"), pdf);
        assertTrue(pdf.contains("có mặt"), pdf);
        assertFalse(pdf.contains("MẬT"), "an unclassified meeting carries no mark");
        assertEquals("meetingId", assertThrows(org.partyoffice.platform.api.EntityNotFoundException.class,
                () -> f.meetings.invitationsPdf(987_654L)).field());
    }

    @Test
    void aQuorumRuleThatNeedsNobodyIsRefusedAndAMeetingWithNobodyToCountHasNoQuorumToWaitFor() {
        List<BodyMember> three = List.of(new BodyMember("uv1", null, MemberRole.CHAIR), new BodyMember("uv2", null, null),
                new BodyMember("uv3", null, null));
        InvalidInputException quorum = assertThrows(InvalidInputException.class, () -> f.as(Fixture.CLERK,
                () -> f.meetings.createBody(f.province.id(), "Tổ công tác", MeetingType.WORKING_SESSION, three,
                        new Rule(0, 3, false), null)));
        assertEquals("quorum", quorum.field());
        assertTrue(quorum.getMessage().contains("is met by none"), quorum.getMessage());
        assertEquals("decision", assertThrows(InvalidInputException.class, () -> f.as(Fixture.CLERK,
                () -> f.meetings.createBody(f.province.id(), "Tổ công tác", MeetingType.WORKING_SESSION, three, null,
                        new Rule(0, 1, false)))).field());
        assertEquals("members", assertThrows(InvalidInputException.class, () -> f.as(Fixture.CLERK,
                () -> f.meetings.createBody(f.province.id(), "Tổ trống", MeetingType.WORKING_SESSION, List.of(), null,
                        null))).field(), "a body has members");
        // "more than none" needs one person: allowed
        Body anyone = f.as(Fixture.CLERK, () -> f.meetings.createBody(f.province.id(), "Tổ thường trực", MeetingType.WORKING_SESSION,
                three, new Rule(0, 1, true), null));
        Meeting briefing = f.as(Fixture.CLERK, () -> f.meetings.schedule(new NewMeeting(f.province.id(),
                MeetingType.WORKING_SESSION, "Giao ban", anyone.id(), null, at(20, 8), at(20, 9), null)));
        assertEquals(1, f.meetings.quorum(briefing.id()).required());

        Meeting open = f.as(Fixture.CLERK, () -> f.meetings.schedule(new NewMeeting(f.province.id(), MeetingType.THEMATIC_CONFERENCE,
                "Hội nghị chuyên đề mở rộng", null, hall.id(), at(21, 8), at(21, 11), List.of())));
        Quorum none = f.meetings.quorum(open.id());
        assertEquals(0, none.members());
        assertEquals(0, none.required());
        assertTrue(none.reached(), "nobody is required, so there is nobody to wait for");
    }

    @Test
    void reschedulingWithoutARoomKeepsTheRoomUnlessTheMeetingIsOnline() {
        Meeting m = conference("Hội nghị Ban Chấp hành lần thứ 5", 23, 8, 11);
        Meeting moved = f.as(Fixture.CLERK, () -> f.meetings.reschedule(m.id(), at(24, 8), at(24, 11), null));
        assertEquals(hall.id(), moved.roomId(), "the hall stays booked");
        assertEquals(at(24, 8), moved.start());
        // the kept room is still checked: another meeting in the hall is refused
        Meeting other = f.as(Fixture.CLERK, () -> f.meetings.schedule(new NewMeeting(f.province.id(), MeetingType.WORKING_SESSION,
                "Làm việc với Sở Tài chính", null, hall.id(), at(25, 8), at(25, 11), List.of(Fixture.CLERK))));
        ConflictException clash = assertThrows(ConflictException.class,
                () -> f.as(Fixture.CLERK, () -> f.meetings.reschedule(m.id(), at(25, 9), at(25, 10), null)));
        assertEquals("roomId", clash.field());
        assertTrue(clash.getMessage().contains("meeting " + other.id()), clash.getMessage());

        Room studio = f.as(Fixture.CLERK, () -> f.meetings.saveRoom("Điểm cầu Tỉnh ủy", 50, null));
        Meeting online = f.as(Fixture.CLERK, () -> f.meetings.schedule(new NewMeeting(f.province.id(), MeetingType.ONLINE_CONFERENCE,
                "Hội nghị trực tuyến toàn quốc", null, studio.id(), at(26, 8), at(26, 11), List.of(Fixture.CLERK))));
        assertEquals(null, f.as(Fixture.CLERK, () -> f.meetings.reschedule(online.id(), at(27, 8), at(27, 11), null)).roomId(),
                "an online conference moved without a room is held online");
        assertEquals(studio.id(), f.as(Fixture.CLERK, () -> f.meetings.reschedule(online.id(), at(27, 8), at(27, 11),
                studio.id())).roomId());
    }

    @Test
    void aMeetingIsReclassifiedWithItsReasonOnlyWhenEveryoneItReachesIsCleared() {
        Meeting m = f.as(Fixture.CLERK, () -> f.meetings.schedule(new NewMeeting(f.province.id(), MeetingType.WORKING_SESSION,
                "Làm việc về quy hoạch cán bộ", null, hall.id(), at(12, 8), at(12, 11),
                List.of(Fixture.SIGNER, Fixture.SECRETARY), Clearance.MAT)));
        f.as(Fixture.CLERK, () -> f.meetings.invite(m.id(), List.of("uv1")));

        ConflictException notCleared = assertThrows(ConflictException.class, () -> f.as(Fixture.CLERK,
                () -> f.meetings.reclassify(m.id(), Clearance.TOI_MAT, "Nội dung nhân sự")));
        assertEquals("classification", notCleared.field());
        assertTrue(notCleared.getMessage().contains("uv1") && !notCleared.getMessage().contains(Fixture.SECRETARY),
                notCleared.getMessage());
        assertEquals("classification", assertThrows(InvalidInputException.class, () -> f.as(Fixture.SECRETARY,
                () -> f.meetings.reclassify(m.id(), Clearance.TUYET_MAT, "Trên mức của tôi"))).field());
        assertEquals("reason", assertThrows(InvalidInputException.class, () -> f.as(Fixture.CLERK,
                () -> f.meetings.reclassify(m.id(), Clearance.UNCLASSIFIED, "  "))).field());
        assertEquals(Clearance.MAT, f.as(Fixture.CLERK, () -> f.meetings.find(m.id())).orElseThrow().classification(),
                "nothing changed");

        Meeting other = f.as(Fixture.CLERK, () -> f.meetings.schedule(new NewMeeting(f.province.id(), MeetingType.WORKING_SESSION,
                "Làm việc về công tác bảo vệ chính trị nội bộ", null, null, at(13, 8), at(13, 11),
                List.of(Fixture.SIGNER, Fixture.SECRETARY), Clearance.MAT)));
        Meeting raised = f.as(Fixture.CLERK, () -> f.meetings.reclassify(other.id(), Clearance.TOI_MAT, "Có nội dung Tối mật"));
        assertEquals(Clearance.TOI_MAT, raised.classification());
        assertTrue(f.as("uv1", () -> f.meetings.find(other.id())).isEmpty(), "a Mật reader no longer sees it");
        var recorded = f.asAdmin(() -> f.audit.query(new org.partyoffice.platform.api.AuditQuery(Fixture.CLERK, "meetings",
                "meeting.reclassify", Long.toString(other.id()), null, null, 10)));
        assertEquals(1, recorded.size());
        assertEquals("MAT -> TOI_MAT: Có nội dung Tối mật", recorded.get(0).detail());

        assertThrows(AccessDeniedException.class, () -> f.as(Fixture.CLERK,
                () -> f.meetings.reclassify(other.id(), Clearance.MAT, "Giải mật")));
        assertEquals(Clearance.MAT, f.as(Fixture.SECRETARY, () -> f.meetings.reclassify(other.id(), Clearance.MAT,
                "Giải mật theo quyết định của Thường trực")).classification());
        assertEquals(Clearance.MAT, f.as("uv1", () -> f.meetings.find(other.id())).orElseThrow().classification());

        f.as(Fixture.CLERK, () -> f.meetings.cancel(other.id(), "Hoãn"));
        assertEquals("status", assertThrows(ConflictException.class, () -> f.as(Fixture.SECRETARY,
                () -> f.meetings.reclassify(other.id(), Clearance.UNCLASSIFIED, "Giải mật"))).field());
    }

    @Test
    void aClassifiedMeetingIsSeenOnlyByThoseClearedForIt() throws Exception {
        // Tối mật: the secretary (Tối mật), the chair and the clerk (Tuyệt mật) are cleared; the members (Mật) are not
        assertEquals("required", assertThrows(InvalidInputException.class, () -> f.as(Fixture.CLERK,
                () -> f.meetings.schedule(new NewMeeting(f.province.id(), MeetingType.EXECUTIVE_COMMITTEE_CONFERENCE,
                        "Hội nghị Tối mật", bch.id(), hall.id(), at(9, 8), at(9, 11), null, Clearance.TOI_MAT)))).field());
        assertEquals("classification", assertThrows(InvalidInputException.class, () -> f.as(Fixture.SECRETARY,
                () -> f.meetings.schedule(new NewMeeting(f.province.id(), MeetingType.WORKING_SESSION, "Trên mức của tôi",
                        null, null, at(9, 8), at(9, 11), List.of(), Clearance.TUYET_MAT)))).field());
        Meeting secret = f.as(Fixture.CLERK, () -> f.meetings.schedule(new NewMeeting(f.province.id(),
                MeetingType.WORKING_SESSION, "Làm việc về công tác cán bộ", null, hall.id(), at(9, 8), at(9, 11),
                List.of(Fixture.SIGNER, Fixture.SECRETARY), Clearance.TOI_MAT)));
        assertEquals(Clearance.TOI_MAT, secret.classification());
        Meeting plain = conference("Hội nghị Ban Chấp hành thường kỳ", 9, 13, 16);
        assertEquals("logins", assertThrows(InvalidInputException.class,
                () -> f.as(Fixture.CLERK, () -> f.meetings.invite(secret.id(), List.of("uv1")))).field());

        Instant week = at(9, 0);
        for (String reader : List.of(Fixture.VIEWER, "uv1")) {
            assertEquals(List.of(plain.id()), f.as(reader, () -> f.meetings.calendar(week, week.plus(Duration.ofDays(7))))
                    .stream().map(Meeting::id).toList(), reader);
            assertTrue(f.as(reader, () -> f.meetings.find(secret.id())).isEmpty(), reader);
            String ics = new String(f.as(reader, () -> f.meetings.icalendar(week, week.plus(Duration.ofDays(7)))),
                    StandardCharsets.UTF_8);
            assertFalse(ics.contains("công tác cán bộ"), ics);
            for (var read : List.<java.util.concurrent.Callable<?>>of(() -> f.meetings.agenda(secret.id()),
                    () -> f.meetings.invitations(secret.id()), () -> f.meetings.quorum(secret.id()),
                    () -> f.meetings.minutes(secret.id()), () -> f.meetings.followUps(secret.id()),
                    () -> f.meetings.invitationsPdf(secret.id()), () -> f.meetings.checkIn(secret.id(), null))) {
                assertEquals("meetingId", assertThrows(org.partyoffice.platform.api.EntityNotFoundException.class,
                        () -> f.as(reader, read)).field(), reader);
            }
        }
        assertEquals(List.of(secret.id(), plain.id()), f.as(Fixture.SECRETARY,
                () -> f.meetings.calendar(week, week.plus(Duration.ofDays(7)))).stream().map(Meeting::id).toList());
        assertEquals(9, f.as(Fixture.SECRETARY, () -> f.meetings.quorum(plain.id())).members());
        String ics = new String(f.as(Fixture.SECRETARY, () -> f.meetings.icalendar(week, week.plus(Duration.ofDays(7)))),
                StandardCharsets.UTF_8);
        assertTrue(ics.contains("công tác cán bộ"), ics);
        var exported = f.asAdmin(() -> f.audit.query(new org.partyoffice.platform.api.AuditQuery(null, "meetings",
                "calendar.export", null, null, null, 10)));
        assertEquals(1, exported.size(), "only the export that held a classified meeting is on record");
        assertTrue(exported.get(0).detail().endsWith("meetings " + secret.id()), exported.get(0).detail());

        // a clash with a meeting the clerk may not see names the time, not the meeting
        Meeting topSecret = f.as(Fixture.CLERK, () -> f.meetings.schedule(new NewMeeting(f.province.id(),
                MeetingType.WORKING_SESSION, "Họp chuyên án", null, hall.id(), at(10, 8), at(10, 11), List.of(Fixture.SIGNER),
                Clearance.TUYET_MAT)));
        ConflictException hidden = assertThrows(ConflictException.class, () -> f.as(Fixture.SECRETARY,
                () -> f.meetings.schedule(new NewMeeting(f.province.id(), MeetingType.WORKING_SESSION, "Giao ban",
                        null, hall.id(), at(10, 9), at(10, 10), List.of(Fixture.SECRETARY)))));
        assertEquals("roomId", hidden.field());
        assertTrue(hidden.getMessage().contains("a meeting classified above your clearance (10/03/2026 08:00–10/03/2026 11:00)"),
                hidden.getMessage());
        assertFalse(hidden.getMessage().contains("chuyên án") || hidden.getMessage().contains("meeting " + topSecret.id()),
                hidden.getMessage());

        if (ReportPdf.fontAvailable()) {
            String pdf = text("invitation-classified", f.as(Fixture.SECRETARY, () -> f.meetings.invitationsPdf(secret.id())));
            assertTrue(pdf.contains("TỐI MẬT"), pdf);
            assertTrue(pdf.contains("Phạm Thu Ký"), pdf);
            assertEquals(1, f.asAdmin(() -> f.audit.query(new org.partyoffice.platform.api.AuditQuery(Fixture.SECRETARY,
                    "meetings", "invitations.print", null, null, null, 10))).size(), "printing a classified invitation is on record");
        }
        // the closed meeting goes to the archive as classified as it was held
        f.as(Fixture.SECRETARY, () -> f.meetings.saveMinutes(secret.id(), "Biên bản làm việc."));
        f.asAdmin(() -> f.meetings.approveMinutes(secret.id()));
        var record = new MeetingRecordSource(f.tx, null).closedSince(null, 10).stream()
                .filter(r -> r.sourceId().equals(Long.toString(secret.id()))).findFirst().orElseThrow();
        assertEquals(Clearance.TOI_MAT, record.classification());
    }
}
