package org.partyoffice.finance.rest.internal;

import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.rest.spi.Input;

/** Whose books a request means: the given unit, else the caller's own (an accountant keeps their committee's books). */
final class Units {

    private Units() {
    }

    static long of(String unitId, CurrentUser user) {
        Long given = Input.optionalLong(unitId, "unitId");
        if (given != null) {
            return given;
        }
        return user.account().map(a -> a.unitId())
                .orElseThrow(() -> new InvalidInputException("unitId", "is required: your account belongs to no unit"));
    }
}
