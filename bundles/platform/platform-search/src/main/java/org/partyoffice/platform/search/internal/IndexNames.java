package org.partyoffice.platform.search.internal;

import java.util.regex.Pattern;

import org.partyoffice.platform.api.InvalidInputException;

/** Index names become folder names, so only a safe, portable alphabet is accepted. */
final class IndexNames {

    private static final Pattern VALID = Pattern.compile("[a-z0-9-]{1,40}");

    private IndexNames() {
    }

    /** The name itself when valid (lower-case letters, digits and '-', 1 to 40 of them). */
    static String check(String name) {
        if (name == null || !VALID.matcher(name).matches()) {
            throw new InvalidInputException("index", "must be 1 to 40 of a-z, 0-9 and '-'", name);
        }
        return name;
    }
}
