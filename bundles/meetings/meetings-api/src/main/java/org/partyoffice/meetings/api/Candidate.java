package org.partyoffice.meetings.api;

/** A name on the ballot; {@code fromFloor} when nominated at the Congress, with how many delegates supported it. */
public record Candidate(long id, long electionId, String fullName, boolean fromFloor, int support) {
}
