package org.partyoffice.finance.api;

/**
 * A member's dues over a range of months: owed, paid and still due.
 *
 * @param months months in the range the member owed dues for
 */
public record DuesStatus(long memberId, String fullName, long unitId, int months, long dueVnd, long paidVnd) {

    /** Still to pay (arrears); 0 when paid up, never negative. */
    public long arrearsVnd() {
        return Math.max(0, dueVnd - paidVnd);
    }
}
