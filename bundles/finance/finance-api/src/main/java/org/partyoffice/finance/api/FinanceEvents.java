package org.partyoffice.finance.api;

/** EventAdmin topics of the finance module, posted after the change committed; properties are plain values. */
public final class FinanceEvents {
    /** An entry was posted (reversals too). Properties: {@link #ENTRY_ID}, {@link #UNIT_ID}. */
    public static final String POSTED = "org/partyoffice/finance/POSTED";
    /** Properties: {@link #ENTRY_ID} (the reversal), {@link #REVERSED_ID}, {@link #UNIT_ID}. */
    public static final String REVERSED = "org/partyoffice/finance/REVERSED";
    /** Properties: {@link #UNIT_ID}, {@link #YEAR}, {@link #MONTH}. */
    public static final String PERIOD_CLOSED = "org/partyoffice/finance/PERIOD_CLOSED";
    /** Properties: {@link #LINE_ID}, {@link #UNIT_ID}. */
    public static final String BUDGET_APPROVED = "org/partyoffice/finance/BUDGET_APPROVED";
    /** Properties: {@link #EXPENDITURE_ID}, {@link #LINE_ID}, {@link #ENTRY_ID}, {@link #REFERENCE} (may be absent). */
    public static final String EXPENDITURE_PAID = "org/partyoffice/finance/EXPENDITURE_PAID";
    /** Properties: {@link #UNIT_ID} (from), {@link #TO_UNIT_ID}, {@link #AMOUNT}. */
    public static final String DUES_REMITTED = "org/partyoffice/finance/DUES_REMITTED";
    /** Properties: {@link #ASSET_ID}, {@link #UNIT_ID}. */
    public static final String ASSET_DISPOSED = "org/partyoffice/finance/ASSET_DISPOSED";

    public static final String ENTRY_ID = "entryId";
    public static final String REVERSED_ID = "reversedId";
    public static final String UNIT_ID = "unitId";
    public static final String TO_UNIT_ID = "toUnitId";
    public static final String YEAR = "year";
    public static final String MONTH = "month";
    public static final String LINE_ID = "lineId";
    public static final String EXPENDITURE_ID = "expenditureId";
    public static final String REFERENCE = "reference";
    public static final String AMOUNT = "amountVnd";
    public static final String ASSET_ID = "assetId";

    private FinanceEvents() {
    }
}
