package org.partyoffice.finance.api;

/** An expenditure is requested, then approved or rejected; an approved one is paid. */
public enum ExpenditureStatus {
    REQUESTED, APPROVED, REJECTED, PAID
}
