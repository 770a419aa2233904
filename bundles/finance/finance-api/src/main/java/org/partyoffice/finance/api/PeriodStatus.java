package org.partyoffice.finance.api;

/** A fiscal period is open for postings until it is closed. */
public enum PeriodStatus {
    OPEN, CLOSED
}
