package org.partyoffice.finance.api;

/** The reports the office prints or exports. */
public enum ReportKind {
    /** Bảng cân đối tài khoản, as of the end of the year (or today, in the current year). */
    TRIAL_BALANCE,
    /** Tình hình thực hiện dự toán. */
    BUDGET_EXECUTION,
    /** Tình hình thu nộp đảng phí, for the year's months up to now. */
    DUES_COLLECTION,
    /** Danh sách tài sản with depreciation. */
    ASSETS
}
