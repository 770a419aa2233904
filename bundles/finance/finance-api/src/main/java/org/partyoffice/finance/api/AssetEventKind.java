package org.partyoffice.finance.api;

/** What happened to an asset. */
public enum AssetEventKind {
    REGISTERED, HANDED_OVER, COUNTED, DISPOSED, MOVED
}
