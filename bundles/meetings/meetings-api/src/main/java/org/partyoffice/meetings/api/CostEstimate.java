package org.partyoffice.meetings.api;

import java.time.Instant;

/**
 * A meeting's cost estimate (dự toán kinh phí) in whole VND (since 1.2). When the finance module is
 * installed it becomes a budget request there, referenced {@code meetings:<meetingId>}; meetings
 * keeps the estimate itself whether or not finance is installed.
 *
 * @param amountVnd    the estimate, whole đồng
 * @param note         what it covers (optional)
 * @param budgetLineId finance's budget line, once requested; {@code null} before
 * @param budgetStatus that line's status as finance answered the last request ({@code DRAFT}, {@code APPROVED}); finance
 *                     approving it later shows in finance, not here; {@code null} before
 * @param problem      why the last sending failed or was refused; {@code null} when it did not
 * @param updatedBy    who set the current amount; the budget request is made as this account
 * @param sentAt       when finance last took it; {@code null} while pending
 */
public record CostEstimate(long meetingId, long amountVnd, String note, CostEstimateStatus status, Long budgetLineId,
                           String budgetStatus, String problem, String updatedBy, Instant updatedAt, Instant sentAt) {

    /** The reference the finance module knows the meeting by. */
    public String reference() {
        return reference(meetingId);
    }

    public static String reference(long meetingId) {
        return "meetings:" + meetingId;
    }
}
