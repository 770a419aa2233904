package org.partyoffice.archives.api;

import java.time.Instant;

/**
 * The archive fonds (phông lưu trữ) of one organisation.
 *
 * @param id             stable id
 * @param code           fonds code, e.g. {@code TU-LC} (the unit's code by default)
 * @param name           e.g. {@code Phông Tỉnh ủy Lào Cai}
 * @param unitId         the unit that holds it today (the successor after a merge)
 * @param originalUnitId the organisation that created the records
 * @param createdAt      when the archive opened it
 */
public record Fonds(long id, String code, String name, long unitId, long originalUnitId, Instant createdAt) {
}
