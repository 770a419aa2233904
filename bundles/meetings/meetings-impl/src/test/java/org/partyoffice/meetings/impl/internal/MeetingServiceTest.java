package org.partyoffice.meetings.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

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
import org.partyoffice.meetings.api.VoteMethod;
import org.partyoffice.platform.api.AccessDeniedException;
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
}
