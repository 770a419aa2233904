package org.partyoffice.meetings.command.internal;

import org.partyoffice.meetings.api.CostEstimate;

/** Whole đồng shown the Vietnamese way (150.000.000), and where an estimate stands with finance. */
final class Money {

    private Money() {
    }

    static String vnd(long amount) {
        return String.format(java.util.Locale.ROOT, "%,d", amount).replace(',', '.');
    }

    static String status(CostEstimate e) {
        return switch (e.status()) {
            case PENDING -> "chờ tài chính / pending";
            case REQUESTED -> "dòng dự toán / budget line " + e.budgetLineId() + " " + e.budgetStatus();
            case REFUSED -> "bị từ chối / refused: " + e.problem();
        };
    }
}
