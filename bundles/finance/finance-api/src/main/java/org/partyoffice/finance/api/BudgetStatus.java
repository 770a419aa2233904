package org.partyoffice.finance.api;

/** A budget line is estimated as a draft, then approved; only an approved line is allocated and spent from. */
public enum BudgetStatus {
    DRAFT, APPROVED
}
