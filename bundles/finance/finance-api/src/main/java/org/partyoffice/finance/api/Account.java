package org.partyoffice.finance.api;

/**
 * An account of the chart of accounts (hệ thống tài khoản), shared by every unit's books.
 *
 * @param code       e.g. {@code 111}, or a sub-account {@code 3361}; digits only, 3 to 10
 * @param name       e.g. {@code Tiền mặt}
 * @param type       the kind of account
 * @param parentCode the account this one details, or {@code null}
 * @param active     an inactive account takes no new postings but keeps its history
 */
public record Account(String code, String name, AccountType type, String parentCode, boolean active) {
}
