package org.partyoffice.signatures.impl.internal;

import java.time.LocalDate;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.partyoffice.platform.api.Account;
import org.partyoffice.platform.api.AccountService;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.OrganisationService;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.signatures.api.IssueRequest;

/**
 * Whom a certificate names. The subject comes from the platform's accounts and organisation
 * tree, never from the request (or a CSR's own subject): the CA vouches for names it knows.
 * <ul>
 * <li>personal signing: {@code CN=<full name>,UID=<login>,O=<unit name>,C=VN}</li>
 * <li>organisation seal: {@code CN=<unit name>,organizationIdentifier=<agency code>,O=<unit name>,C=VN}</li>
 * </ul>
 */
final class Subjects {

    /** The subject and the register's holder columns. */
    record Holder(X500Name subject, String holderLogin, Long unitId) {
    }

    private final AccountService accounts;
    private final OrganisationService organisation;
    private final String country;

    Subjects(AccountService accounts, OrganisationService organisation, String country) {
        this.accounts = accounts;
        this.organisation = organisation;
        this.country = country == null ? "" : country.strip();
    }

    Holder resolve(IssueRequest request) {
        if (request == null) {
            throw new InvalidInputException("request", "is required");
        }
        if (request.profile() == null) {
            throw new InvalidInputException("profile", "is required: PERSONAL_SIGNING or ORGANISATION_SEAL");
        }
        return switch (request.profile()) {
            case PERSONAL_SIGNING -> personal(request);
            case ORGANISATION_SEAL -> seal(request);
        };
    }

    private Holder personal(IssueRequest request) {
        String login = request.holderLogin();
        if (login == null || login.isBlank()) {
            throw new InvalidInputException("holderLogin", "is required for a personal signing certificate");
        }
        Account account = accounts.find(login.strip())
                .orElseThrow(() -> new EntityNotFoundException("account", login, "holderLogin"));
        if (!account.enabled()) {
            throw new InvalidInputException("holderLogin", "the account is disabled", login);
        }
        Long unitId = request.unitId() != null ? request.unitId() : account.unitId();
        Unit unit = null;
        if (unitId != null) {
            organisation.get(unitId, "unitId");
            // A person keeps working after their unit merged: name the unit that carries it on.
            unit = organisation.current(unitId);
        }
        X500NameBuilder b = base();
        if (unit != null) {
            b.addRDN(BCStyle.O, unit.name());
        }
        b.addRDN(BCStyle.UID, account.login());
        b.addRDN(BCStyle.CN, account.fullName());
        return new Holder(b.build(), account.login(), unit == null ? null : unit.id());
    }

    private Holder seal(IssueRequest request) {
        if (request.holderLogin() != null && !request.holderLogin().isBlank()) {
            throw new InvalidInputException("holderLogin", "must be empty for an organisation seal: the unit holds it");
        }
        if (request.unitId() == null) {
            throw new InvalidInputException("unitId", "is required for an organisation seal");
        }
        Unit unit = organisation.get(request.unitId(), "unitId");
        if (!unit.validOn(LocalDate.now())) {
            throw new InvalidInputException("unitId", "unit '" + unit.name() + "' no longer exists"
                    + (unit.successorId() == null ? "" : "; issue the seal for its successor (id " + unit.successorId() + ")"));
        }
        X500NameBuilder b = base();
        b.addRDN(BCStyle.O, unit.name());
        b.addRDN(BCStyle.ORGANIZATION_IDENTIFIER, unit.code());
        b.addRDN(BCStyle.CN, unit.name());
        return new Holder(b.build(), null, unit.id());
    }

    /** X.500 order: country first, the most specific attribute last. */
    private X500NameBuilder base() {
        X500NameBuilder b = new X500NameBuilder(BCStyle.INSTANCE);
        if (!country.isEmpty()) {
            b.addRDN(BCStyle.C, country);
        }
        return b;
    }
}
