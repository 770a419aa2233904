package org.partyoffice.finance.api;

/** An asset is in use until disposed of (thanh lý). */
public enum AssetStatus {
    IN_USE, DISPOSED
}
