package org.partyoffice.finance.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The books: the chart of accounts, each unit's periods and its double-entry journal. Every
 * posting, reversal and change of the chart or of a period goes to the audit trail in the same
 * transaction.
 *
 * <p>Reads need any platform role and are limited to the units the reader serves (their
 * committee and the units under it); postings need the {@code accountant} (or {@code admin}) role.
 */
@ProviderType
public interface LedgerService {

    /** The chart of accounts, by code. */
    List<Account> accounts();

    /** The account, or {@code EntityNotFoundException} naming {@code account}. */
    Account account(String code);

    /**
     * Adds an account or changes its name, parent or active flag (accountant or admin). The type
     * of an account that has postings cannot change.
     */
    Account saveAccount(Account account);

    /** The unit's year with its twelve periods. */
    FiscalYear fiscalYear(long unitId, int year);

    /** Closes one month of a unit's books: it takes no more postings (accountant or admin). */
    Period closePeriod(long unitId, int year, int month);

    /** Opens a closed month again (admin only; audited with the reason). */
    Period reopenPeriod(long unitId, int year, int month, String reason);

    /**
     * Posts a balanced entry.
     *
     * @throws UnbalancedEntryException when debits and credits differ (nothing is posted)
     * @throws org.partyoffice.platform.api.InvalidInputException for an unknown or inactive account,
     *         a non-positive or two-sided amount, fewer than two postings, or a closed period
     *         (field {@code date})
     */
    JournalEntry post(NewEntry entry);

    /**
     * Reverses an entry with the opposite postings on {@code date} (in an open period); an entry
     * is reversed at most once, and a reversal is not itself reversed (post a new entry instead).
     */
    JournalEntry reverse(long entryId, LocalDate date, String reason);

    Optional<JournalEntry> entry(long id);

    /** The unit's entries dated {@code from} to {@code to} inclusive, oldest first. */
    List<JournalEntry> journal(long unitId, LocalDate from, LocalDate to);

    /**
     * The trial balance of the unit's books up to and including {@code asOf}, or, when
     * {@code rollUp}, of the books of the unit and every unit under it on that date.
     */
    TrialBalance trialBalance(long unitId, LocalDate asOf, boolean rollUp);
}
