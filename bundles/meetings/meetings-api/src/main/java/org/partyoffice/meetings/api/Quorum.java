package org.partyoffice.meetings.api;

/**
 * The live quorum of a meeting of a body.
 *
 * @param members  the body's members (the base)
 * @param present  members checked in
 * @param required the smallest number present that meets the body's rule
 */
public record Quorum(int members, int present, long required, Rule rule, boolean reached) {
}
