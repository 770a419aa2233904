package org.partyoffice.documents.impl.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;
import org.partyoffice.platform.api.Account;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.OrganisationService;
import org.partyoffice.platform.api.PlatformEvents;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.Unit;

/**
 * The module's one place for who may see what. A reader sees the documents of the committee they
 * serve and of the units under it (a department such as the Văn phòng works for the committee it
 * belongs to, so its staff see that committee's documents), including units merged into those,
 * plus what was distributed to those units; administrators, accounts outside any unit and staff of
 * a root committee see every unit. On top of that, nothing classified above the reader's clearance
 * is ever returned, and each classified read is audited.
 *
 * <p>The organisation tree is held in memory ({@link UnitGraph}) and rebuilt after a unit event,
 * or after {@link #MAX_AGE} when the change came from another node sharing the database.
 */
// event.topics as a plain property: the @EventTopics type would add a requirement on an
// osgi.implementation capability that Karaf's EventAdmin bundle does not declare.
@Component(service = {Access.class, EventHandler.class},
        property = {"event.topics=" + PlatformEvents.UNIT_CREATED, "event.topics=" + PlatformEvents.UNIT_MERGED})
public final class Access implements EventHandler {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    private final CurrentUser user;
    private final OrganisationService organisation;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();
    private volatile Snapshot graph;

    private record Snapshot(UnitGraph units, Instant at) {
    }

    @Activate
    public Access(@Reference CurrentUser user, @Reference OrganisationService organisation, @Reference AuditTrail audit) {
        this.user = user;
        this.organisation = organisation;
        this.audit = audit;
    }

    CurrentUser user() {
        return user;
    }

    @Override
    public void handleEvent(Event event) {
        graph = null;
    }

    /** The organisation tree as of at most {@link #MAX_AGE} ago (or fresh when {@code unitId} is unknown to it). */
    UnitGraph units(Long unitId) {
        Snapshot s = graph;
        Instant now = clock.instant();
        if (s == null || s.at().plus(MAX_AGE).isBefore(now) || unitId != null && !s.units().knows(unitId)) {
            s = new Snapshot(new UnitGraph(organisation.all()), now);
            graph = s;
        }
        return s.units();
    }

    /** The reader's scope; throws {@code AccessDeniedException} for someone with no role at all. */
    Scope scope() {
        user.requireAnyRole(Roles.ALL.toArray(new String[0]));
        Clearance clearance = user.clearance();
        Optional<Account> account = user.account();
        if (account.isEmpty() || account.get().unitId() == null || user.hasRole(Roles.ADMIN)) {
            return Scope.everything(clearance);
        }
        UnitGraph units = units(account.get().unitId());
        Unit committee = units.committeeOf(account.get().unitId());
        if (committee == null || committee.parentId() == null) {
            return Scope.everything(clearance);
        }
        return new Scope(clearance, committee.id(), units.scope(committee.id()));
    }

    /** Audits the read of a classified item ({@code kind} e.g. {@code document}); unclassified reads are not. */
    void auditRead(String kind, long id, Clearance classification) {
        if (classification != Clearance.UNCLASSIFIED) {
            audit.append(DocumentsSchema.MODULE, kind + ".read", Long.toString(id), "classification=" + classification.name());
        }
    }
}
