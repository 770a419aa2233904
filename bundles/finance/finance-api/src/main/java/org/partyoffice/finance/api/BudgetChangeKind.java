package org.partyoffice.finance.api;

/** What happened to a budget line. */
public enum BudgetChangeKind {
    ESTIMATED, AMENDED, APPROVED, ALLOCATED, MOVED
}
