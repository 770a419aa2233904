package org.partyoffice.finance.impl.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import org.partyoffice.finance.api.Asset;
import org.partyoffice.finance.api.Depreciation;

/**
 * Straight-line depreciation: the cost spread over the months of the useful life, a full month for
 * each month ended after the month of acquisition, until disposal. The last month takes what the
 * division left over, so the asset is written down to exactly zero.
 */
final class Depreciations {

    private Depreciations() {
    }

    static Depreciation of(Asset asset, LocalDate asOf) {
        long total = asset.usefulLifeYears() * 12L;
        long monthly = asset.costVnd() / total;
        LocalDate end = asset.disposedOn() != null && asset.disposedOn().isBefore(asOf) ? asset.disposedOn() : asOf;
        long elapsed = YearMonth.from(asset.acquiredOn()).until(YearMonth.from(end), ChronoUnit.MONTHS);
        int months = (int) Math.max(0, Math.min(total, elapsed));
        long accumulated = months == total ? asset.costVnd() : months * monthly;
        return new Depreciation(asset.id(), asOf, monthly, months, accumulated, asset.costVnd() - accumulated);
    }
}
