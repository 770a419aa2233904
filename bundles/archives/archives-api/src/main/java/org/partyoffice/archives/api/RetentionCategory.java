package org.partyoffice.archives.api;

/**
 * A retention category of the schedule.
 *
 * @param code  e.g. {@code VV} (vĩnh viễn) or {@code 20Y}
 * @param name  e.g. {@code Vĩnh viễn}
 * @param years years kept from the dossier's close; {@code null} for permanent
 */
public record RetentionCategory(String code, String name, Integer years) {

    public boolean permanent() {
        return years == null;
    }
}
