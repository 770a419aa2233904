package org.partyoffice.finance.api;

import java.time.Instant;

/**
 * One step in the history of a budget line.
 *
 * @param amountVnd   the new estimate (ESTIMATED, AMENDED), the allocation (ALLOCATED), else 0
 * @param previousVnd the estimate before an amendment, else 0
 * @param note        the reason or remark given
 */
public record BudgetChange(long lineId, BudgetChangeKind kind, long amountVnd, long previousVnd, String note,
                           String actor, Instant at) {
}
