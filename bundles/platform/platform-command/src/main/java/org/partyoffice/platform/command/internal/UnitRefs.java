package org.partyoffice.platform.command.internal;

import java.util.Optional;
import java.util.OptionalLong;

import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.OrganisationService;
import org.partyoffice.platform.api.Unit;

/** Finds a unit named on the command line by its id or its agency code. */
final class UnitRefs {

    private UnitRefs() {
    }

    /**
     * The unit whose id is {@code ref} when it is a whole number and such a unit exists, else the
     * unit whose code is {@code ref}; fails naming {@code field} when neither exists.
     */
    static Unit resolve(OrganisationService organisation, String ref, String field) {
        String text = ref == null ? "" : ref.trim();
        OptionalLong id = Args.id(text);
        Optional<Unit> unit = id.isPresent() ? organisation.find(id.getAsLong()) : Optional.empty();
        if (unit.isEmpty() && !text.isEmpty()) {
            unit = organisation.findByCode(text);
        }
        return unit.orElseThrow(() -> new EntityNotFoundException("unit", text, field));
    }

    /** The unit's id, or {@code null} when {@code ref} is not given. */
    static Long resolveId(OrganisationService organisation, String ref, String field) {
        return ref == null || ref.isBlank() ? null : resolve(organisation, ref, field).id();
    }

    /** {@code code} of the unit {@code id}, or the id itself when it cannot be found; empty for {@code null}. */
    static String describe(OrganisationService organisation, Long id) {
        if (id == null) {
            return "";
        }
        return organisation.find(id).map(u -> u.code() + " (" + u.id() + ")").orElse(id.toString());
    }
}
