package org.partyoffice.meetings.api;

/**
 * Where a meeting's cost estimate stands with the finance module (since 1.2).
 * <ul>
 *   <li>{@link #PENDING}: kept by meetings and not (yet) a budget line: finance is not installed, or
 *   it could not be reached; sent when finance appears or on {@link MeetingCostService#sendPending()};</li>
 *   <li>{@link #REQUESTED}: finance holds it as a budget line (its id and status are on the estimate);</li>
 *   <li>{@link #REFUSED}: finance refused the last amount (e.g. its line is already approved at another
 *   amount, or the person who set it may not draw up budgets); the reason is kept, the estimate too.</li>
 * </ul>
 */
public enum CostEstimateStatus {
    PENDING, REQUESTED, REFUSED
}
