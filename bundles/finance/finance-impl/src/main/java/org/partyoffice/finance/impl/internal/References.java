package org.partyoffice.finance.impl.internal;

import org.partyoffice.platform.api.InvalidInputException;

/** Outside references such as {@code meetings:42}: a module name, a colon and the module's own id. */
final class References {

    private References() {
    }

    static String required(String reference) {
        String r = Inputs.text(reference, 200, "reference");
        if (!r.matches("[a-z][a-z0-9-]*:\\S+")) {
            throw new InvalidInputException("reference", "must be <module>:<id>, e.g. meetings:42", r);
        }
        return r;
    }

    static String optional(String reference) {
        return reference == null || reference.isBlank() ? null : required(reference);
    }
}
