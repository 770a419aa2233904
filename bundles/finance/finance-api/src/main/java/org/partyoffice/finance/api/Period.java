package org.partyoffice.finance.api;

import java.time.Instant;

/**
 * One month of a unit's fiscal year (the Vietnamese fiscal year is the calendar year). A period
 * nobody has closed is open.
 *
 * @param closedBy login of who closed it, {@code null} while open
 * @param closedAt when it was closed, {@code null} while open
 */
public record Period(long unitId, int year, int month, PeriodStatus status, String closedBy, Instant closedAt) {
}
