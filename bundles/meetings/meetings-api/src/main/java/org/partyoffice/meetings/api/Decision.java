package org.partyoffice.meetings.api;

/**
 * The vote on an agenda item: counts, the base they are measured against (all members of the
 * body by default) and whether it is adopted.
 */
public record Decision(long agendaItemId, VoteMethod method, int inFavour, int against, int abstaining, int base,
                       Rule rule, boolean adopted) {
}
