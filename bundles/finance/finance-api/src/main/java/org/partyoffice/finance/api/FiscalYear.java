package org.partyoffice.finance.api;

import java.util.List;

/**
 * A unit's fiscal year: its twelve monthly periods. It is closed when all of them are.
 */
public record FiscalYear(long unitId, int year, PeriodStatus status, List<Period> periods) {
}
