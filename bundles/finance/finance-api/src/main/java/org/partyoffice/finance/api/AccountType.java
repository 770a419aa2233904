package org.partyoffice.finance.api;

/** The kind of a ledger account, which decides its normal side. */
public enum AccountType {
    /** Tài sản: normally a debit balance (a contra account such as accumulated depreciation may be credit). */
    ASSET(true),
    /** Nợ phải trả: normally a credit balance. */
    LIABILITY(false),
    /** Nguồn kinh phí, quỹ: normally a credit balance. */
    FUND(false),
    /** Thu: normally a credit balance. */
    REVENUE(false),
    /** Chi: normally a debit balance. */
    EXPENSE(true);

    private final boolean debitNormal;

    AccountType(boolean debitNormal) {
        this.debitNormal = debitNormal;
    }

    /** True when the account's balance is normally on the debit side. */
    public boolean debitNormal() {
        return debitNormal;
    }
}
