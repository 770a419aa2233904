package org.partyoffice.finance.api;

/**
 * One account of a trial balance (bảng cân đối tài khoản): the sums posted to each side and the
 * balance, debit minus credit.
 */
public record TrialBalanceLine(String account, String name, AccountType type, long debitVnd, long creditVnd) {

    /** Debit minus credit: positive for a debit balance. */
    public long balanceVnd() {
        return debitVnd - creditVnd;
    }
}
