package org.partyoffice.platform.api;

/** Kinds of unit in the organisation tree. */
public enum UnitType {
    CENTRAL, PROVINCE, COMMUNE, WARD, AGENCY, DEPARTMENT, CELL;

    /** Parses a constant name ignoring case, or fails naming the {@code field}. */
    public static UnitType parse(String text, String field) {
        if (text != null) {
            for (UnitType t : values()) {
                if (t.name().equalsIgnoreCase(text.trim())) {
                    return t;
                }
            }
        }
        throw new InvalidInputException(field,
                "must be one of CENTRAL, PROVINCE, COMMUNE, WARD, AGENCY, DEPARTMENT, CELL", text);
    }
}
