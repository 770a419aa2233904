package org.partyoffice.finance.api;

/**
 * How far a budget line has been carried out (tình hình thực hiện dự toán).
 *
 * @param committedVnd approved but not yet paid
 * @param spentVnd     paid
 * @param remainingVnd allocated minus committed minus spent (negative when overspent)
 */
public record BudgetExecution(long lineId, long unitId, int year, String category, String title, long estimateVnd,
                              long allocatedVnd, long committedVnd, long spentVnd, long remainingVnd) {
}
