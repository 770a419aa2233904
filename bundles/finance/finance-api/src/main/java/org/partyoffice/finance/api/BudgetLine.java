package org.partyoffice.finance.api;

import java.time.Instant;

/**
 * One line of a unit's budget estimate (dự toán) for a fiscal year.
 *
 * @param category     e.g. {@code HOAT_DONG} (regular activity), {@code DAI_HOI} (Congress), {@code HOI_NGHI}
 * @param account      the expense account its payments are posted to, e.g. {@code 611}
 * @param estimateVnd  the current estimate (after amendments)
 * @param allocatedVnd the sum of its allocations
 * @param reference    optional outside reference it came from, e.g. {@code meetings:42}
 */
public record BudgetLine(long id, long unitId, long originUnitId, int year, String category, String title, String account,
                         long estimateVnd, long allocatedVnd, BudgetStatus status, String reference,
                         String createdBy, Instant createdAt) {
}
