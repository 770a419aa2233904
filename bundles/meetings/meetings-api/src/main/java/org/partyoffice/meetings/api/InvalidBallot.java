package org.partyoffice.meetings.api;

/** A ballot counted invalid, and why. */
public record InvalidBallot(int number, String reason) {
}
