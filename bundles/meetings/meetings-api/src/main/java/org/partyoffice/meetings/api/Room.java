package org.partyoffice.meetings.api;

/** A meeting room and how many it seats. */
public record Room(long id, String name, int capacity, String location) {
}
