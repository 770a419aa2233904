package org.partyoffice.finance.api;

/** CSV (UTF-8 with a byte-order mark, for spreadsheets) or PDF (A4, Vietnamese text embedded). */
public enum ReportFormat {
    CSV, PDF
}
