package org.partyoffice.documents.api;

import java.time.LocalDate;

/**
 * The register of a Party Congress (Đại hội) of a unit: every document the Congress issues, of
 * every type, takes its number from one sequence running from 01 at the preparatory session to
 * the closing (HD 36-HD/VPTW), and its symbol ends with the Congress's own abbreviation, e.g.
 * {@code 03-NQ/ĐH}.
 *
 * @param id       internal id; 0 for a new one
 * @param unitId   the unit whose Party organisation holds the Congress
 * @param name     e.g. {@code Đại hội đại biểu Đảng bộ tỉnh lần thứ XV}
 * @param issuer   abbreviation its symbols end with; {@code ĐH} when empty
 * @param period   the label its numbers belong to, e.g. {@code ĐH-2025}; {@code ĐH-} and the opening
 *                 year when empty; unique per unit
 * @param opensOn  the day of the preparatory session (phiên trù bị)
 * @param closesOn the day of the closing (bế mạc)
 */
public record CongressRegister(long id, long unitId, String name, String issuer, String period, LocalDate opensOn,
                               LocalDate closesOn) {
}
