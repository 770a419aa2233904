package org.partyoffice.finance.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The module's reports for a unit or rolled up over its subtree, as tables or files. */
@ProviderType
public interface FinanceReports {

    /** The report's column headings, in Vietnamese. */
    List<String> header(ReportKind kind);

    /** The report's rows as text, the way the files show them (amounts as whole đồng). */
    List<List<String>> rows(ReportKind kind, long unitId, int year, boolean rollUp);

    /** The report as a file. */
    byte[] export(ReportKind kind, ReportFormat format, long unitId, int year, boolean rollUp);
}
