package org.partyoffice.platform.api;

import java.util.List;

/** The platform's roles. Modules check them through {@link CurrentUser}. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String IT_ADMIN = "it-admin";
    public static final String OFFICE_STAFF = "office-staff";
    public static final String SECRETARY = "secretary";
    public static final String SIGNER = "signer";
    public static final String ARCHIVIST = "archivist";
    public static final String ACCOUNTANT = "accountant";
    public static final String VIEWER = "viewer";

    /** Every role, most powerful first. */
    public static final List<String> ALL = List.of(ADMIN, IT_ADMIN, OFFICE_STAFF, SECRETARY, SIGNER,
            ARCHIVIST, ACCOUNTANT, VIEWER);

    private Roles() {
    }
}
