package org.partyoffice.finance.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Budgets and expenditures. A line is estimated (office staff, accountant), approved (the
 * configured approver roles, by default {@code signer} and {@code admin}), allocated and amended
 * (accountant) with its history kept. An expenditure is requested against an approved line,
 * approved or rejected by an approver and paid by the accountant, which posts it to the journal
 * (debit the line's account, credit cash). Spending beyond the line's allocation is refused or
 * only warned about, by configuration.
 */
@ProviderType
public interface BudgetService {

    /** A new draft line. */
    BudgetLine estimate(long unitId, int year, String category, String title, long estimateVnd, String account);

    /**
     * The generic entry point for other modules: a draft line for an outside cost estimate, linked
     * by {@link BudgetRequest#reference()}. Asking again with the same reference returns the same
     * line, amended (with history) when the amount changed and the line is still a draft; an
     * approved line with a different amount is a {@code ConflictException} on {@code reference}.
     */
    BudgetLine request(BudgetRequest request);

    /** The line linked to an outside reference, if any. */
    Optional<BudgetLine> byReference(String reference);

    BudgetLine approve(long lineId);

    /** Adds an allocation; the sum of allocations may not exceed the estimate. */
    BudgetLine allocate(long lineId, long amountVnd, String note);

    /** Changes the estimate, keeping the old one in the history; not below what is allocated. */
    BudgetLine amend(long lineId, long newEstimateVnd, String reason);

    Optional<BudgetLine> line(long lineId);

    /** The unit's lines of a year (with {@code rollUp}, of the units under it too). */
    List<BudgetLine> lines(long unitId, int year, boolean rollUp);

    List<BudgetChange> history(long lineId);

    /** Requests a spending from an approved line; {@code reference} is optional (e.g. {@code meetings:42}). */
    Expenditure requestExpenditure(long lineId, String title, long amountVnd, String reference);

    Expenditure approveExpenditure(long expenditureId, String note);

    Expenditure rejectExpenditure(long expenditureId, String reason);

    /** Pays an approved expenditure on {@code date}, posting it to the journal of the line's unit. */
    Expenditure pay(long expenditureId, LocalDate date);

    Optional<Expenditure> expenditure(long expenditureId);

    List<Expenditure> expenditures(long lineId);

    /** The expenditures linked to an outside reference. */
    List<Expenditure> expendituresByReference(String reference);

    /** Estimate, allocated, committed, spent and remaining per line. */
    List<BudgetExecution> execution(long unitId, int year, boolean rollUp);
}
