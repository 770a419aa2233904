package org.partyoffice.documents.impl.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.partyoffice.documents.api.CongressRegister;
import org.partyoffice.documents.api.DocumentType;
import org.partyoffice.documents.api.NumberingPolicy;
import org.partyoffice.documents.api.Register;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.OrganisationService;
import org.partyoffice.platform.api.SequenceKey;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.api.UnitType;

/**
 * Rules of registers and types shared by the register service and promulgation: validation, the
 * register a unit gets on its first promulgation when none was configured (issuer by unit type,
 * e.g. a province's Tỉnh ủy is {@code TU}, numbering per term), and which sequence numbers a
 * document: its type's in the unit's term or year, or the one sequence of a Congress.
 */
final class Registers {

    /**
     * Where a promulgated document's number comes from and what its symbol ends with.
     *
     * @param congressId the Congress whose sequence it is, or {@code null} for the unit's register
     */
    record Slot(SequenceKey sequence, String issuer, String period, Long congressId) {
    }

    static final String CONGRESS_ISSUER = "ĐH";
    static final int MAX_JOINT_ISSUERS = 5;
    /** Not a document type code (those are letters and digits), so no type's sequence is this one. */
    private static final String CONGRESS_SEQUENCE = "*congress";

    static final Pattern TERM = Pattern.compile("\\d{4}-\\d{4}");
    private static final Pattern ISSUER = Pattern.compile("\\p{L}[\\p{L}\\p{N}\\-]{0,19}");
    private static final Pattern CODE = Pattern.compile("\\p{L}[\\p{L}\\p{N}]{0,9}");

    private final RegisterStore store = new RegisterStore();
    private final CongressStore congresses = new CongressStore();
    private final Map<UnitType, String> defaultIssuers;
    private final String defaultTerm;

    Registers(String defaultIssuers, String defaultTerm) {
        this.defaultIssuers = parseIssuers(defaultIssuers);
        this.defaultTerm = defaultTerm;
    }

    RegisterStore store() {
        return store;
    }

    CongressStore congresses() {
        return congresses;
    }

    /**
     * The sequence a document of {@code type} promulgated on {@code day} takes its number from: the
     * Congress's one sequence when {@code congressId} is given (the day must fall within it), else
     * its type's in the unit's register.
     */
    Slot slot(Connection c, Unit unit, String type, LocalDate day, Long congressId) throws SQLException {
        String scope = "documents:" + unit.id();
        if (congressId == null) {
            Register register = registerFor(c, unit);
            String period = register.policy() == NumberingPolicy.YEAR ? Integer.toString(day.getYear()) : register.term();
            return new Slot(new SequenceKey(scope, type, period), register.issuer(), period, null);
        }
        CongressRegister congress = congresses.get(c, congressId)
                .filter(k -> k.unitId() == unit.id())
                .orElseThrow(() -> new InvalidInputException("congressId", "is not a Congress of " + unit.name()
                        + " (see GET /api/documents/registers/" + unit.id() + "/congresses)", congressId));
        if (day.isBefore(congress.opensOn()) || day.isAfter(congress.closesOn())) {
            throw new InvalidInputException("date", "must fall within " + congress.name() + " (" + congress.opensOn()
                    + " … " + congress.closesOn() + ") to take its number", day);
        }
        return new Slot(new SequenceKey(scope, CONGRESS_SEQUENCE, congress.period()), congress.issuer(),
                congress.period(), congress.id());
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

    static CongressRegister validate(CongressRegister r, OrganisationService organisation) {
        if (r == null) {
            throw new InvalidInputException("body", "must not be empty");
        }
        organisation.get(r.unitId(), "unitId");
        String name = r.name() == null ? "" : r.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidInputException("name", "must be 1 to 200 characters", r.name());
        }
        String issuer = r.issuer() == null || r.issuer().isBlank() ? CONGRESS_ISSUER : r.issuer().strip();
        if (!ISSUER.matcher(issuer).matches()) {
            throw new InvalidInputException("issuer", "must be 1 to 20 letters, digits or '-', starting with a letter", r.issuer());
        }
        if (r.opensOn() == null) {
            throw new InvalidInputException("opensOn", "is required (the day of the preparatory session)");
        }
        if (r.closesOn() == null) {
            throw new InvalidInputException("closesOn", "is required (the day of the closing)");
        }
        if (r.closesOn().isBefore(r.opensOn())) {
            throw new InvalidInputException("closesOn", "must not be before opensOn", r.closesOn());
        }
        String period = r.period() == null || r.period().isBlank() ? CONGRESS_ISSUER + "-" + r.opensOn().getYear()
                : r.period().strip();
        // Starting with a letter keeps it apart from the terms (2025-2030) and years other documents carry.
        if (!ISSUER.matcher(period).matches()) {
            throw new InvalidInputException("period", "must be 1 to 20 letters, digits or '-', starting with a letter, "
                    + "e.g. ĐH-2025", r.period());
        }
        return new CongressRegister(r.id(), r.unitId(), name, issuer, period, r.opensOn(), r.closesOn());
    }

    /**
     * The other bodies of a joint document, stripped, in order; 422 on {@code jointIssuers} when
     * one is malformed, repeated or the lead body itself.
     */
    static List<String> jointIssuers(List<String> given, String leadIssuer) {
        List<String> result = new ArrayList<>();
        for (String g : given == null ? List.<String>of() : given) {
            String issuer = g == null ? "" : g.strip();
            if (!ISSUER.matcher(issuer).matches()) {
                throw new InvalidInputException("jointIssuers", "each must be 1 to 20 letters, digits or '-', starting "
                        + "with a letter", g);
            }
            if (issuer.equals(leadIssuer) || result.contains(issuer)) {
                throw new InvalidInputException("jointIssuers", "must name each other body once, not the lead body "
                        + leadIssuer, issuer);
            }
            result.add(issuer);
        }
        if (result.size() > MAX_JOINT_ISSUERS) {
            throw new InvalidInputException("jointIssuers", "must name at most " + MAX_JOINT_ISSUERS + " other bodies",
                    result.size());
        }
        return result;
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
