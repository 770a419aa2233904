/**
 * The finance module of a Party Committee office, in whole Vietnamese đồng ({@code long}, never
 * floating point):
 * <ul>
 *   <li>{@link org.partyoffice.finance.api.LedgerService}: the chart of accounts, fiscal periods
 *   per unit, a balanced double-entry journal (corrections are reversals, never edits) and the
 *   trial balance of a unit or of its whole subtree;</li>
 *   <li>{@link org.partyoffice.finance.api.BudgetService}: estimates per unit, year and category,
 *   approval, allocations and amendments with their history; expenditures requested, approved by
 *   role and paid (posted to the journal), optionally linked to an outside reference such as a
 *   meeting; the execution report;</li>
 *   <li>{@link org.partyoffice.finance.api.DuesService}: members, monthly Party dues by configurable
 *   rules, collection, the share kept and remitted up the hierarchy, arrears;</li>
 *   <li>{@link org.partyoffice.finance.api.AssetService}: the asset register with straight-line
 *   depreciation, handovers, yearly inventory checks and disposal;</li>
 *   <li>{@link org.partyoffice.finance.api.FinanceReports}: those reports as CSV or PDF.</li>
 * </ul>
 * Errors are the platform's {@code OfficeException}s; an unbalanced entry is an
 * {@link org.partyoffice.finance.api.UnbalancedEntryException} (HTTP 422) naming the difference.
 */
@Export
@Version("1.0.0")
package org.partyoffice.finance.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
