package org.partyoffice.meetings.api;

import java.util.List;

/**
 * A body that meets: e.g. the Ban Chấp hành of a province with its members, and its rules.
 *
 * @param quorum   who must be present for the meeting to be valid (default at least 2/3 for an Executive Committee)
 * @param decision what a decision needs, counted against all members (default more than half)
 */
public record Body(long id, long unitId, String name, MeetingType meets, List<BodyMember> members, Rule quorum,
                   Rule decision) {
}
