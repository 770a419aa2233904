package ${package}.impl.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.OrganisationService;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.Transactions;
import org.partyoffice.platform.api.sql.Sql;

import ${package}.api.${moduleClass}Entry;
import ${package}.api.${moduleClass}Events;
import ${package}.api.${moduleClass}Service;

/**
 * The register on the platform's database ({@link Sql} binds and reads the rows): one transaction per
 * change, audited, then announced.
 */
@Component(service = ${moduleClass}Service.class)
public final class Jdbc${moduleClass}Service implements ${moduleClass}Service {

    private static final String COLUMNS = "ID, UNIT_ID, TITLE, CREATED_BY, CREATED_AT";

    private final Transactions tx;
    private final AuditTrail audit;
    private final CurrentUser user;
    private final OrganisationService organisation;
    private final EventAdmin events;
    private final Clock clock;

    @Activate
    public Jdbc${moduleClass}Service(@Reference Transactions tx, @Reference AuditTrail audit, @Reference CurrentUser user,
            @Reference OrganisationService organisation, @Reference EventAdmin events,
            @Reference ${moduleClass}Schema schema) {
        this(tx, audit, user, organisation, events, Clock.systemUTC());
    }

    Jdbc${moduleClass}Service(Transactions tx, AuditTrail audit, CurrentUser user, OrganisationService organisation,
            EventAdmin events, Clock clock) {
        this.tx = tx;
        this.audit = audit;
        this.user = user;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public ${moduleClass}Entry add(long unitId, String title) {
        user.requireAnyRole(Roles.OFFICE_STAFF, Roles.SECRETARY, Roles.ADMIN);
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException("title", "is required");
        }
        if (clean.length() > MAX_TITLE) {
            throw new InvalidInputException("title", "must be at most " + MAX_TITLE + " characters");
        }
        organisation.get(unitId, "unitId");
        // stored as epoch milliseconds: the entry returned equals the entry read back
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ${moduleClass}Entry entry = tx.required(c -> {
            long id = Sql.insert(c, "INSERT INTO " + ${moduleClass}Schema.SCHEMA + ".ENTRIES (UNIT_ID, TITLE, CREATED_BY, "
                    + "CREATED_AT) VALUES (?, ?, ?, ?)", unitId, clean, user.login(), now);
            audit.append(${moduleClass}Schema.MODULE, "entry.add", Long.toString(id), clean);
            return new ${moduleClass}Entry(id, unitId, clean, user.login(), now);
        });
        events.postEvent(new Event(${moduleClass}Events.ADDED, Map.of("id", entry.id(), "unitId", unitId)));
        return entry;
    }

    @Override
    public List<${moduleClass}Entry> list(long unitId) {
        return tx.required(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM " + ${moduleClass}Schema.SCHEMA
                + ".ENTRIES WHERE UNIT_ID = ? ORDER BY CREATED_AT DESC, ID DESC", Jdbc${moduleClass}Service::entry, unitId));
    }

    @Override
    public Optional<${moduleClass}Entry> find(long id) {
        return tx.required(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM " + ${moduleClass}Schema.SCHEMA + ".ENTRIES WHERE ID = ?",
                Jdbc${moduleClass}Service::entry, id));
    }

    private static ${moduleClass}Entry entry(ResultSet rs) throws SQLException {
        return new ${moduleClass}Entry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                Instant.ofEpochMilli(rs.getLong(5)));
    }
}
