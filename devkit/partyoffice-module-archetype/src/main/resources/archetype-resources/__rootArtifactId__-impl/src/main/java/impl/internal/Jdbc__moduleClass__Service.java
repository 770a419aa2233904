package ${package}.impl.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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

import ${package}.api.${moduleClass}Entry;
import ${package}.api.${moduleClass}Events;
import ${package}.api.${moduleClass}Service;

/** The register on the platform's database: one transaction per change, audited, then announced. */
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
        Instant now = clock.instant();
        ${moduleClass}Entry entry = tx.required(c -> {
            long id = insert(c, unitId, clean, now);
            audit.append(${moduleClass}Schema.MODULE, "entry.add", Long.toString(id), clean);
            return new ${moduleClass}Entry(id, unitId, clean, user.login(), now);
        });
        events.postEvent(new Event(${moduleClass}Events.ADDED, Map.of("id", entry.id(), "unitId", unitId)));
        return entry;
    }

    private long insert(Connection c, long unitId, String title, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + ${moduleClass}Schema.SCHEMA
                + ".ENTRIES (UNIT_ID, TITLE, CREATED_BY, CREATED_AT) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, unitId);
            ps.setString(2, title);
            ps.setString(3, user.login());
            ps.setTimestamp(4, Timestamp.from(now));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    @Override
    public List<${moduleClass}Entry> list(long unitId) {
        return tx.required(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + ${moduleClass}Schema.SCHEMA
                    + ".ENTRIES WHERE UNIT_ID = ? ORDER BY CREATED_AT DESC, ID DESC")) {
                ps.setLong(1, unitId);
                return read(ps);
            }
        });
    }

    @Override
    public Optional<${moduleClass}Entry> find(long id) {
        return tx.required(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + ${moduleClass}Schema.SCHEMA
                    + ".ENTRIES WHERE ID = ?")) {
                ps.setLong(1, id);
                return read(ps).stream().findFirst();
            }
        });
    }

    private static List<${moduleClass}Entry> read(PreparedStatement ps) throws SQLException {
        List<${moduleClass}Entry> entries = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                entries.add(new ${moduleClass}Entry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()));
            }
        }
        return entries;
    }
}
