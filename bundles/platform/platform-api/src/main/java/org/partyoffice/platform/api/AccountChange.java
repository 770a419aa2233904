package org.partyoffice.platform.api;

import java.util.Set;

/**
 * A new account or changes to an existing one: {@code null} fields are left as they are when
 * editing. A password, when given, is hashed at once and never stored or logged in clear.
 */
public record AccountChange(String login, String fullName, String password, Set<String> roles,
                            Clearance clearance, Long unitId, Boolean enabled) {
}
