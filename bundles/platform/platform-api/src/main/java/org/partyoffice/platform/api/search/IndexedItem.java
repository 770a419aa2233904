package org.partyoffice.platform.api.search;

import java.time.Instant;
import java.util.Map;

import org.partyoffice.platform.api.Clearance;

/**
 * One item of a full-text index.
 *
 * @param id             the module's id for it (unique in the index)
 * @param classification who may find it: readers cleared at or above this level
 * @param title          searched and returned with hits (boosted over {@code text})
 * @param text           searched, not stored whole (metadata and extracted attachment text)
 * @param date           its date, for sorting and ranges; may be {@code null}
 * @param filters        exact-match keyword fields, e.g. {@code unitId=12}, {@code type=NQ}
 */
public record IndexedItem(String id, Clearance classification, String title, String text, Instant date,
                          Map<String, String> filters) {

    public IndexedItem {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id is required");
        }
        classification = classification == null ? Clearance.UNCLASSIFIED : classification;
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }
}
