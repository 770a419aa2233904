package org.partyoffice.meetings.api;

/** A member of a body: an account of the platform and their role in the body. */
public record BodyMember(String login, String fullName, MemberRole role) {
}
