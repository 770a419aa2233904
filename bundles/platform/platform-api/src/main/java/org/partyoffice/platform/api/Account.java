package org.partyoffice.platform.api;

import java.time.Instant;
import java.util.Set;

/**
 * A user account. The password hash never leaves the platform core.
 *
 * @param unitId the unit the person works in, or {@code null}
 */
public record Account(long id, String login, String fullName, Set<String> roles, Clearance clearance,
                      Long unitId, boolean enabled, Instant created) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
