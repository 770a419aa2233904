package org.partyoffice.meetings.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.partyoffice.platform.api.Clearance;

/**
 * Bodies, rooms and the schedule; a meeting's agenda, invitations, attendance, quorum, decisions,
 * minutes and follow-up. Scheduling and changes need the {@code office-staff} or {@code secretary}
 * role. A room booked twice, or a required person in two meetings at once, is a
 * {@code ConflictException} naming the other meeting.
 *
 * <p>A meeting classified above the reader's clearance does not exist for them: it is left out of
 * the calendar and its iCalendar file, and every call naming it answers {@code EntityNotFoundException}.
 */
@ProviderType
public interface MeetingService {

    Room saveRoom(String name, int capacity, String location);

    List<Room> rooms();

    /** A body of a unit with its members (logins and roles) and its quorum and decision rules ({@code null}: defaults). */
    Body createBody(long unitId, String name, MeetingType meets, List<BodyMember> members, Rule quorum, Rule decision);

    Optional<Body> body(long id);

    List<Body> bodies();

    /** Schedules a meeting, refusing room and member conflicts. */
    Meeting schedule(NewMeeting meeting);

    /**
     * Moves a meeting, with the same conflict checks. {@code roomId} {@code null} keeps the room the
     * meeting has, except for an {@link MeetingType#ONLINE_CONFERENCE}, which it moves online (no room).
     */
    Meeting reschedule(long id, Instant start, Instant end, Long roomId);

    Meeting cancel(long id, String reason);

    /**
     * Changes the classification of a meeting not yet closed, with the reason recorded. Raising it
     * needs every required participant and invitee cleared for the new level (409 on
     * {@code classification} naming those who are not: withdraw or replace them first); lowering it
     * (giải mật) needs the {@code secretary} or {@code admin} role. Nobody sets a level above their
     * own clearance.
     *
     * @since 1.3
     */
    Meeting reclassify(long id, Clearance classification, String reason);

    Optional<Meeting> find(long id);

    /** Meetings overlapping {@code [from, to)}, by start (the week or month calendar). */
    List<Meeting> calendar(Instant from, Instant to);

    /** The meetings of {@code [from, to)} as an iCalendar (RFC 5545) file. */
    byte[] icalendar(Instant from, Instant to);

    AgendaItem addAgendaItem(long meetingId, String title, String presenter, int minutes, List<Long> documentIds);

    List<AgendaItem> agenda(long meetingId);

    /** Invites people (the required ones are invited when scheduled). */
    List<Invitation> invite(long meetingId, List<String> logins);

    /** The current user's reply; a reason is required when absent. */
    Invitation reply(long meetingId, Reply reply, String reason);

    List<Invitation> invitations(long meetingId);

    /**
     * The invitation (giấy mời) as a PDF: the unit, title, time, place and agenda of the meeting,
     * and the people invited with their replies. Since 1.1.
     */
    byte[] invitationsPdf(long meetingId);

    /** Checks {@code login} in (the secretary at the door, or the person themselves). */
    Quorum checkIn(long meetingId, String login);

    /**
     * The live quorum. A meeting of a body counts the body's members; one without a body counts its
     * required people; one with nobody to count (no body, nobody required) has no quorum to wait
     * for and reports 0 needed, reached.
     */
    Quorum quorum(long meetingId);

    /** Records the vote on an agenda item; adopted by the body's decision rule against all its members. */
    Decision decide(long agendaItemId, VoteMethod method, int inFavour, int against, int abstaining);

    Optional<Decision> decision(long agendaItemId);

    Minutes saveMinutes(long meetingId, String text);

    /** The chair approves the minutes; the meeting closes. */
    Minutes approveMinutes(long meetingId);

    Optional<Minutes> minutes(long meetingId);

    /**
     * Turns the approved minutes' conclusions into a draft of the documents module ({@code KL} or
     * {@code TB}) in the meeting's unit, with the minutes as its first version; returns the
     * document's id. A {@code ConflictException} on field {@code documents} when that module is
     * not installed.
     */
    long draftConclusions(long meetingId, String documentType);

    FollowUp addFollowUp(long meetingId, String title, String ownerLogin, LocalDate deadline);

    List<FollowUp> followUps(long meetingId);
}
