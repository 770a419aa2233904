package org.partyoffice.finance.api;

import java.time.LocalDate;

/**
 * Straight-line depreciation of an asset as of a date: the cost spread evenly over the months of
 * its useful life, counted from the month after acquisition, stopping at the cost and at disposal.
 *
 * @param monthlyVnd     one month's depreciation (the last month takes the rounding remainder)
 * @param accumulatedVnd depreciation so far
 * @param bookValueVnd   cost minus accumulated depreciation
 */
public record Depreciation(long assetId, LocalDate asOf, long monthlyVnd, int months, long accumulatedVnd,
                           long bookValueVnd) {
}
