package org.partyoffice.archives.impl.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.archives.api.Dossier;
import org.partyoffice.platform.api.Account;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.OrganisationService;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.api.UnitType;

/**
 * The module's one place for who may see and do what. A reader sees the holdings of the committee
 * they serve (a department works for the committee it belongs to) and of the units under it;
 * administrators, accounts outside any unit and staff of a root committee see every unit. Nothing
 * classified above the reader's clearance is returned, and each view of a classified dossier is
 * audited. Changes need the archivist role; destruction and transfer an authorised approver.
 */
@Component(service = ArchiveAccess.class)
public final class ArchiveAccess {

    private final CurrentUser user;
    private final OrganisationService organisation;
    private final AuditTrail audit;

    @Activate
    public ArchiveAccess(@Reference CurrentUser user, @Reference OrganisationService organisation,
                         @Reference AuditTrail audit) {
        this.user = user;
        this.organisation = organisation;
        this.audit = audit;
    }

    CurrentUser user() {
        return user;
    }

    OrganisationService organisation() {
        return organisation;
    }

    /** The reader's scope; throws {@code AccessDeniedException} for someone with no role at all. */
    ArchiveScope scope() {
        user.requireAnyRole(Roles.ALL.toArray(new String[0]));
        Clearance clearance = user.clearance();
        Optional<Account> account = user.account();
        if (account.isEmpty() || account.get().unitId() == null || user.hasRole(Roles.ADMIN)) {
            return ArchiveScope.everything(clearance);
        }
        Unit committee = committeeOf(organisation.current(account.get().unitId()));
        if (committee.parentId() == null) {
            return ArchiveScope.everything(clearance);
        }
        Set<Long> units = organisation.subtree(committee.id(), LocalDate.now()).stream().map(Unit::id)
                .collect(Collectors.toSet());
        units.add(committee.id());
        return new ArchiveScope(clearance, committee.id(), units);
    }

    private Unit committeeOf(Unit unit) {
        Unit u = unit;
        while (u.type() == UnitType.DEPARTMENT && u.parentId() != null) {
            u = organisation.get(u.parentId(), "unitId");
        }
        return u;
    }

    /** The unit and its ancestors, nearest first: the units whose readers may see its holdings. */
    List<Long> seers(long unitId) {
        List<Long> ids = new ArrayList<>();
        Optional<Unit> u = organisation.find(unitId);
        while (u.isPresent() && ids.size() < 64) {
            ids.add(u.get().id());
            u = u.get().parentId() == null ? Optional.empty() : organisation.find(u.get().parentId());
        }
        return ids;
    }

    /** The dossier if the reader may see it, or 404 (not 403: the reader may not know it exists). */
    Dossier visible(Dossier d, ArchiveScope scope) {
        if (!scope.sees(d)) {
            throw new EntityNotFoundException("dossier", d.id(), "dossierId");
        }
        return d;
    }

    void requireArchivist() {
        user.requireAnyRole(Roles.ARCHIVIST, Roles.ADMIN);
    }

    /** Destruction and transfer: the office's secretary (chánh văn phòng) or an administrator. */
    void requireApprover() {
        user.requireAnyRole(Roles.SECRETARY, Roles.ADMIN);
    }

    /** Nobody files something classified above their own clearance. */
    void requireCleared(Clearance classification, String field) {
        if (!user.clearance().permits(classification)) {
            throw new InvalidInputException(field, "must not be above your own clearance " + user.clearance().name(),
                    classification);
        }
    }

    /** Audits the view of a classified dossier; unclassified reads are not audited. */
    void auditRead(Dossier d) {
        if (d.classification() != Clearance.UNCLASSIFIED) {
            audit.append(ArchivesSchema.MODULE, "dossier.read", Long.toString(d.id()),
                    "code=" + d.code() + " classification=" + d.classification().name());
        }
    }

    void audit(String action, Object id, String detail) {
        audit.append(ArchivesSchema.MODULE, action, String.valueOf(id), detail);
    }

    static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "must not be empty");
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters");
        }
        return v;
    }
}
