package org.partyoffice.documents.impl.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.partyoffice.documents.api.DocumentType;
import org.partyoffice.documents.api.NumberingPolicy;
import org.partyoffice.documents.api.Register;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.OrganisationService;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.api.UnitType;

/**
 * Rules of registers and types shared by the register service and promulgation: validation, and
 * the register a unit gets on its first promulgation when none was configured (issuer by unit
 * type, e.g. a province's Tỉnh ủy is {@code TU}, numbering per term).
 */
final class Registers {

    static final Pattern TERM = Pattern.compile("\\d{4}-\\d{4}");
    private static final Pattern ISSUER = Pattern.compile("\\p{L}[\\p{L}\\p{N}\\-]{0,19}");
    private static final Pattern CODE = Pattern.compile("\\p{L}[\\p{L}\\p{N}]{0,9}");

    private final RegisterStore store = new RegisterStore();
    private final Map<UnitType, String> defaultIssuers;
    private final String defaultTerm;

    Registers(String defaultIssuers, String defaultTerm) {
        this.defaultIssuers = parseIssuers(defaultIssuers);
        this.defaultTerm = defaultTerm;
    }

    RegisterStore store() {
        return store;
    }

    /** The unit's register, created from the defaults when it has none; 409 when no default applies. */
    Register registerFor(Connection c, Unit unit) throws SQLException {
        var existing = store.register(c, unit.id());
        if (existing.isPresent()) {
            return existing.get();
        }
        String issuer = defaultIssuers.get(unit.type());
        if (issuer == null) {
            throw new ConflictException("register", unit.name() + " has no register: configure its issuer abbreviation "
                    + "(documents:register, or PUT /api/documents/registers/" + unit.id() + ")");
        }
        Register register = new Register(unit.id(), issuer, NumberingPolicy.TERM, defaultTerm);
        try {
            store.saveRegister(c, register);
        } catch (SQLIntegrityConstraintViolationException raced) {
            // A concurrent first promulgation of the same unit created it a moment ago: use that one.
            return store.register(c, unit.id()).orElseThrow(() -> raced);
        }
        return register;
    }

    /** The active type with this code, or 422 on {@code field}. */
    DocumentType activeType(Connection c, String code, String field) throws SQLException {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        DocumentType t = store.type(c, code.strip())
                .orElseThrow(() -> new InvalidInputException(field, "is not a document type (see GET /api/documents/types)", code));
        if (!t.active()) {
            throw new InvalidInputException(field, "this document type is no longer in use", code);
        }
        return t;
    }

    static Register validate(Register r, OrganisationService organisation) {
        if (r == null) {
            throw new InvalidInputException("body", "must not be empty");
        }
        organisation.get(r.unitId(), "unitId");
        String issuer = r.issuer() == null ? "" : r.issuer().strip();
        if (!ISSUER.matcher(issuer).matches()) {
            throw new InvalidInputException("issuer", "must be 1 to 20 letters, digits or '-', starting with a letter", r.issuer());
        }
        if (r.policy() == null) {
            throw new InvalidInputException("policy", "must be TERM or YEAR");
        }
        String term = r.term() == null ? "" : r.term().strip();
        if (!TERM.matcher(term).matches() || Integer.parseInt(term.substring(5)) <= Integer.parseInt(term.substring(0, 4))) {
            throw new InvalidInputException("term", "must be a term like 2025-2030", r.term());
        }
        return new Register(r.unitId(), issuer, r.policy(), term);
    }

    static DocumentType validate(DocumentType t) {
        if (t == null) {
            throw new InvalidInputException("body", "must not be empty");
        }
        String code = t.code() == null ? "" : t.code().strip();
        if (!CODE.matcher(code).matches()) {
            throw new InvalidInputException("code", "must be 1 to 10 letters or digits, starting with a letter", t.code());
        }
        String name = t.name() == null ? "" : t.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new InvalidInputException("name", "must be 1 to 100 characters", t.name());
        }
        return new DocumentType(code, name, t.active());
    }

    private static Map<UnitType, String> parseIssuers(String spec) {
        Map<UnitType, String> result = new HashMap<>();
        for (String pair : spec.split(",")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2 && !kv[1].isBlank()) {
                result.put(UnitType.valueOf(kv[0].strip().toUpperCase(Locale.ROOT)), kv[1].strip());
            }
        }
        return result;
    }
}
