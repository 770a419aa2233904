package org.partyoffice.documents.api;

/**
 * A kind of document and its abbreviation in the symbol: {@code NQ} Nghị quyết, {@code CT} Chỉ thị.
 *
 * @param code   the abbreviation, e.g. {@code NQ}, {@code QĐi}
 * @param name   the Vietnamese name, e.g. {@code Nghị quyết}
 * @param active inactive types stay on old documents but take no new drafts
 */
public record DocumentType(String code, String name, boolean active) {
}
