package org.partyoffice.finance.api;

/**
 * A request, coming from outside the finance module, to budget a cost: e.g. the meetings
 * module turning a Congress's cost estimate into a draft budget line.
 *
 * @param reference the requester's stable reference, {@code <module>:<id>} (e.g. {@code meetings:42});
 *                  a second request with the same reference updates the same line
 * @param category  the budget category; {@code null} for the configured default
 */
public record BudgetRequest(long unitId, int year, String category, String title, long amountVnd, String reference) {
}
