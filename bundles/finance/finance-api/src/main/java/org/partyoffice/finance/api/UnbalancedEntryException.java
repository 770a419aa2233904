package org.partyoffice.finance.api;

import org.partyoffice.platform.api.InvalidInputException;

/**
 * An entry whose debits and credits differ was refused (HTTP 422, problem type
 * {@code invalid-input}, field {@code postings}); nothing was posted.
 */
public class UnbalancedEntryException extends InvalidInputException {
    private static final long serialVersionUID = 1L;
    private final long debitVnd;
    private final long creditVnd;

    public UnbalancedEntryException(long debitVnd, long creditVnd) {
        super("postings", "debits (" + debitVnd + " VND) and credits (" + creditVnd + " VND) differ by "
                + Math.abs(debitVnd - creditVnd) + " VND");
        this.debitVnd = debitVnd;
        this.creditVnd = creditVnd;
    }

    public long debitVnd() {
        return debitVnd;
    }

    public long creditVnd() {
        return creditVnd;
    }

    /** Debits minus credits: what the entry would put out of balance. */
    public long differenceVnd() {
        return debitVnd - creditVnd;
    }
}
