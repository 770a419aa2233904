package org.partyoffice.documents.impl.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.platform.api.Account;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.OrganisationService;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.api.UnitType;

/**
 * The module's one place for who may see what. A reader sees the documents of the committee they
 * serve and of the units under it (a department such as the Văn phòng works for the committee it
 * belongs to, so its staff see that committee's documents), plus what was distributed to those
 * units; administrators and accounts outside any unit see every unit. On top of that, nothing
 * classified above the reader's clearance is ever returned, and each classified read is audited.
 */
@Component(service = Access.class)
public final class Access {

    private final CurrentUser user;
    private final OrganisationService organisation;
    private final AuditTrail audit;

    @Activate
    public Access(@Reference CurrentUser user, @Reference OrganisationService organisation, @Reference AuditTrail audit) {
        this.user = user;
        this.organisation = organisation;
        this.audit = audit;
    }

    CurrentUser user() {
        return user;
    }

    /** The reader's scope; throws {@code AccessDeniedException} for someone with no role at all. */
    Scope scope() {
        user.requireAnyRole(Roles.ALL.toArray(new String[0]));
        Clearance clearance = user.clearance();
        Optional<Account> account = user.account();
        if (account.isEmpty() || account.get().unitId() == null || user.hasRole(Roles.ADMIN)) {
            return Scope.everything(clearance);
        }
        LocalDate today = LocalDate.now();
        Unit committee = organisation.current(account.get().unitId());
        while (committee.type() == UnitType.DEPARTMENT && committee.parentId() != null) {
            committee = organisation.get(committee.parentId(), "unitId");
        }
        if (committee.parentId() == null) {
            return Scope.everything(clearance);
        }
        Set<Long> units = new HashSet<>();
        for (Unit u : organisation.subtree(committee.id(), today)) {
            units.add(u.id());
        }
        return new Scope(clearance, committee.id(), withPredecessors(units));
    }

    /**
     * Adds the units merged into these ones (and those merged into them, and so on): after a merge
     * the new unit's staff carry on the records of the units it replaced.
     */
    private Set<Long> withPredecessors(Set<Long> units) {
        Map<Long, Long> successors = new HashMap<>();
        for (Unit u : organisation.all()) {
            if (u.successorId() != null) {
                successors.put(u.id(), u.successorId());
            }
        }
        Set<Long> result = new HashSet<>(units);
        for (Long id : successors.keySet()) {
            Long at = id;
            Set<Long> seen = new HashSet<>();
            while (at != null && seen.add(at)) {
                if (units.contains(at)) {
                    result.add(id);
                    break;
                }
                at = successors.get(at);
            }
        }
        return result;
    }

    /** Audits the read of a classified item ({@code kind} e.g. {@code document}); unclassified reads are not. */
    void auditRead(String kind, long id, Clearance classification) {
        if (classification != Clearance.UNCLASSIFIED) {
            audit.append(DocumentsSchema.MODULE, kind + ".read", Long.toString(id), "classification=" + classification.name());
        }
    }
}
