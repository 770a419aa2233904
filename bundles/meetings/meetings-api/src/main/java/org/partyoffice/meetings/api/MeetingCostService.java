package org.partyoffice.meetings.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A meeting's cost estimate and its budget request in the finance module (since 1.2). Setting an
 * estimate needs the {@code office-staff}, {@code secretary} or {@code admin} role and a meeting that
 * is not cancelled. The estimate is saved first; then, when finance's {@code BudgetService} is
 * installed, it is requested there as a draft budget line of the meeting's unit (a body's meeting:
 * the body's unit) for the year the meeting starts, with reference {@code meetings:<id>}, so a changed
 * estimate amends the same line. Without finance, or when finance fails, the estimate stays
 * {@link CostEstimateStatus#PENDING} and is sent as soon as finance appears: an estimate is never lost.
 */
@ProviderType
public interface MeetingCostService {

    /**
     * Sets or changes the estimate of a meeting and requests it in finance when finance is installed.
     * Refused by finance (e.g. its line was approved at another amount) is not an error here: the
     * estimate is kept as {@link CostEstimateStatus#REFUSED} with finance's reason.
     *
     * @param amountVnd positive whole VND
     * @param note      optional, up to 1000 characters
     */
    CostEstimate setEstimate(long meetingId, long amountVnd, String note);

    /** The meeting's estimate, if it has one (the meeting must be visible to the reader). */
    Optional<CostEstimate> estimate(long meetingId);

    /** The estimates finance does not hold yet ({@code PENDING} or {@code REFUSED}), by meeting. */
    List<CostEstimate> pending();

    /**
     * Sends every pending or refused estimate to finance now (each as its {@code updatedBy}); returns
     * how many finance took, 0 when finance is not installed. Needs the roles that set estimates.
     * The module does this by itself whenever finance appears.
     */
    int sendPending();
}
