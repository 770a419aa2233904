package org.partyoffice.finance.api;

/**
 * One line of a journal entry: an amount in whole đồng on the debit or the credit side of an
 * account. Exactly one of {@code debitVnd} and {@code creditVnd} is positive, the other zero.
 *
 * @param memo optional text for this line
 */
public record Posting(String account, long debitVnd, long creditVnd, String memo) {

    /** A debit of {@code amountVnd} to {@code account}. */
    public static Posting debit(String account, long amountVnd) {
        return new Posting(account, amountVnd, 0, null);
    }

    /** A credit of {@code amountVnd} to {@code account}. */
    public static Posting credit(String account, long amountVnd) {
        return new Posting(account, 0, amountVnd, null);
    }
}
